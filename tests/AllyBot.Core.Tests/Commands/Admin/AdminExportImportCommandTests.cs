using AllyBot.Testing;

namespace AllyBot.Core.Tests.Commands.Admin;

public sealed class AdminExportImportCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task ExportThenImportElsewhere_SameSettingsAndSameExport()
    {
        await _script.AdminAsync("rule add\n" + CustomRuleYaml.Rockstar);
        await _script.AdminAsync("disable ableism");
        await _script.AdminAsync("enable ableism/slur in <#C-random>");
        await _script.AdminAsync("severity technology/sanity-check warning");
        await _script.AdminAsync("severity-floor warning");
        await _script.AdminAsync("channel off <#C-quiet>");
        var export = await _script.AdminAsync("export");
        var elsewhere = new AdminScript("T2");

        var answer = await elsewhere.AdminAsync("import\n" + export[export.IndexOf("```", StringComparison.Ordinal)..]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: imported settings (2 switches, 1 severity overrides, 1 custom rules, floor warning, 1 channels off). (`/ally admin undo` reverts it.)"));
            Assert.That(await elsewhere.AdminAsync("export"), Is.EqualTo(export));
            Assert.That(await elsewhere.NudgedForAsync("a sanity check for the rockstar"), Is.EqualTo(new[] { "technology/sanity-check" }));
            Assert.That(await elsewhere.NudgedForAsync("you spaz", channel: "C-random"), Is.EqualTo(new[] { "ableism/slur" }));
            Assert.That(await elsewhere.NudgedForAsync("you spaz", channel: "C1"), Is.Empty);
            Assert.That(await elsewhere.NudgedForAsync("you spaz", channel: "C-quiet"), Is.Empty);
        }
    }

    [Test]
    public async Task Export_NothingConfigured_DefaultsAsYaml()
    {
        var export = await _script.AdminAsync("export");

        Assert.That(export, Does.Contain("severity_floor: suggestion\nchannels_off: []\nrules: []\nseverity: {}\ncustom_rules: []\n"));
    }

    [Test]
    public async Task Import_InvalidParts_EveryProblemAndNothingChanges()
    {
        await _script.AdminAsync("disable ableism");
        const string yaml = """
            severity_floor: warning
            rules:
              - disable: nope
            severity:
              ableism/nope: info
            custom_rules:
              - id: custom/broken
                severity: suggestion
            """;

        var answer = await _script.AdminAsync("import\n" + yaml);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Does.StartWith("Nothing was imported:"));
            Assert.That(answer, Does.Contain("• import: custom_rules[0]: match: is required"));
            Assert.That(answer, Does.Contain("• import: rules: 'nope' is neither a rule nor a category here"));
            Assert.That(answer, Does.Contain("• import: severity.ableism/nope: is not a rule here"));
            Assert.That((await _script.AdminStore.GetAsync(_script.Workspace)).SeverityFloor, Is.EqualTo(AllyBot.Rules.Model.Severity.Suggestion));
            Assert.That(await _script.AdminStore.CurrentSequenceAsync(), Is.EqualTo(1));
        }
    }

    [TestCase("import", "Paste the text of `/ally admin export` after `/ally admin import` (a new line is fine).")]
    [TestCase("import - a list", "Nothing was imported:\n• import: must be one YAML mapping, as /ally admin export writes it")]
    [TestCase("export now", "Use `/ally admin export` without arguments.")]
    public async Task ExportImport_BadInput_ClearAnswer(string text, string expected)
    {
        Assert.That(await _script.AdminAsync(text), Is.EqualTo(expected));
    }
}

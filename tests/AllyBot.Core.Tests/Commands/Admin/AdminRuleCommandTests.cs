using AllyBot.Rules.Customizing;
using AllyBot.Testing;

namespace AllyBot.Core.Tests.Commands.Admin;

public sealed class AdminRuleCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task RuleAdd_ValidYaml_NudgesTheNextMessage()
    {
        var answer = await _script.AdminAsync("rule add\n" + CustomRuleYaml.Rockstar);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Does.StartWith("Done: added custom rule custom/rockstar."));
            Assert.That(await _script.NudgedForAsync("we need a rockstar"), Is.EqualTo(new[] { "custom/rockstar" }));
        }
    }

    [Test]
    public async Task RuleAdd_InACodeFence_Accepted()
    {
        Assert.That(await _script.AdminAsync("rule add ```yaml\n" + CustomRuleYaml.Rockstar + "```"), Does.StartWith("Done: added custom rule custom/rockstar."));
    }

    [Test]
    public async Task RuleAdd_BadRule_ExactErrorsAndNothingSaved()
    {
        var yaml = CustomRuleYaml.Rockstar.Replace("severity: suggestion", "severity: loud", StringComparison.Ordinal)
            .Replace("\"hiring a ninja dev\"", "\"hiring a wizard\"", StringComparison.Ordinal);

        var answer = await _script.AdminAsync("rule add\n" + yaml);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("The rule was not added:\n• custom rule:2: severity: is 'loud'; use one of info, suggestion, warning"));
            Assert.That(await _script.AdminStore.CurrentSequenceAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task RuleAdd_ExampleThatDoesNotFlag_Refused()
    {
        var yaml = CustomRuleYaml.Rockstar.Replace("\"hiring a ninja dev\"", "\"hiring a wizard\"", StringComparison.Ordinal);

        Assert.That(await _script.AdminAsync("rule add\n" + yaml), Is.EqualTo("The rule was not added:\n• custom rule: examples.flag[1]: \"hiring a wizard\" should be flagged by this rule but is not"));
    }

    [Test]
    public async Task RuleAdd_ShippedPhrase_Refused()
    {
        var yaml = CustomRuleYaml.Rockstar.Replace("[rockstar, ninja]", "[rockstar, ninja, guys]", StringComparison.Ordinal);

        Assert.That(await _script.AdminAsync("rule add\n" + yaml), Does.Contain("'guys' is already matched by rule gendered-language/guys"));
    }

    [Test]
    public async Task RuleAdd_SameIdTwice_Refused()
    {
        await _script.AdminAsync("rule add\n" + CustomRuleYaml.Rockstar);

        Assert.That(await _script.AdminAsync("rule add\n" + CustomRuleYaml.Rockstar), Does.StartWith("The rule was not added: `custom/rockstar` exists already."));
    }

    [Test]
    public async Task RuleAdd_AtTheCap_Refused()
    {
        for (var i = 0; i < CustomRules.MaxPerWorkspace; i++)
        {
            var yaml = CustomRuleYaml.Rockstar.Replace("custom/rockstar", $"custom/r{i}", StringComparison.Ordinal)
                .Replace("[rockstar, ninja]", $"[word{Letters(i)}]", StringComparison.Ordinal)
                .Replace("[\"we need a rockstar\", \"hiring a ninja dev\"]", $"[\"a word{Letters(i)}\", \"word{Letters(i)} here\"]", StringComparison.Ordinal);
            Assert.That((await _script.CustomRules.AddAsync(_script.Workspace, yaml, AdminScript.Admin)).Problems, Is.Empty);
        }

        Assert.That(await _script.AdminAsync("rule add\n" + CustomRuleYaml.Rockstar), Does.StartWith($"This workspace has {CustomRules.MaxPerWorkspace} custom rules, the most it may have"));
    }

    [Test]
    public async Task RuleAdd_NoYaml_ShowsTheTemplate()
    {
        Assert.That(await _script.AdminAsync("rule add"), Does.Contain("id: custom/rockstar"));
    }

    [Test]
    public async Task RuleRemove_Existing_StopsNudgingAndDropsItsSwitches()
    {
        await _script.AdminAsync("rule add\n" + CustomRuleYaml.Rockstar);
        await _script.AdminAsync("disable custom/rockstar in <#C2>");

        var answer = await _script.AdminAsync("rule remove custom/rockstar");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: removed custom rule custom/rockstar. (`/ally admin undo` brings it back.)"));
            Assert.That(await _script.NudgedForAsync("we need a rockstar"), Is.Empty);
            Assert.That((await _script.AdminStore.GetAsync(_script.Workspace)).Switches, Is.Empty);
        }
    }

    [TestCase("rule remove custom/nope", "There is no custom rule `custom/nope`. `/ally admin rules custom` lists them.")]
    [TestCase("rule remove", "Use `/ally admin rule add <YAML> | rule remove <id>`.")]
    [TestCase("rule edit x", "Use `/ally admin rule add <YAML> | rule remove <id>`.")]
    public async Task Rule_BadInput_ClearAnswer(string text, string expected)
    {
        Assert.That(await _script.AdminAsync(text), Is.EqualTo(expected));
    }

    private static string Letters(int i) => $"{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}";
}

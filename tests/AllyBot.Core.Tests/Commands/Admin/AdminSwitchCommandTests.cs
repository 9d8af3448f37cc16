namespace AllyBot.Core.Tests.Commands.Admin;

public sealed class AdminSwitchCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task Disable_CategoryWorkspaceWide_NoNudgeAnywhere()
    {
        var answer = await _script.AdminAsync("disable gendered-language");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: disabled gendered-language workspace-wide. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.NudgedForAsync("hey guys, sanity check"), Is.EqualTo(new[] { "technology/sanity-check" }));
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C-other"), Is.Empty);
        }
    }

    [Test]
    public async Task Disable_RuleInOneChannel_NudgesElsewhere()
    {
        var answer = await _script.AdminAsync("disable gendered-language/guys in <#C-random|random>");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: disabled gendered-language/guys in <#C-random>. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C-random"), Is.Empty);
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C1"), Is.EqualTo(new[] { "gendered-language/guys" }));
        }
    }

    [Test]
    public async Task Enable_RuleInChannelAfterCategoryOff_NudgesOnlyThere()
    {
        await _script.AdminAsync("disable gendered-language");

        var answer = await _script.AdminAsync("enable gendered-language/guys in #C-random");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Does.StartWith("Done: enabled gendered-language/guys in <#C-random>."));
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C-random"), Is.EqualTo(new[] { "gendered-language/guys" }));
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C1"), Is.Empty);
        }
    }

    [TestCase("disable", "Use `/ally admin disable <rule-id|category> [in #channel]`, e.g. `/ally admin disable ableism` or `/ally admin disable ableism/crazy in #random`.")]
    [TestCase("disable ableism on #random", "Use `/ally admin disable <rule-id|category> [in #channel]`, e.g. `/ally admin disable ableism` or `/ally admin disable ableism/crazy in #random`.")]
    [TestCase("disable ableism in random", "I couldn't tell which channel 'random' is. Pick it from the #-channel list so it becomes a link.")]
    public async Task Disable_BadArguments_UsageAndNothingSaved(string text, string expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _script.AdminAsync(text), Is.EqualTo(expected));
            Assert.That(await _script.AdminStore.CurrentSequenceAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task Disable_UnknownTarget_ListsCategories()
    {
        Assert.That(await _script.AdminAsync("enable ableism/nope"), Does.StartWith("There is no rule or category 'ableism/nope'. Categories: ableism,"));
    }
}

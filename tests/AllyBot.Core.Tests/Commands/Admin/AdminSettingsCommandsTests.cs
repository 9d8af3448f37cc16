namespace AllyBot.Core.Tests.Commands.Admin;

/// <summary><c>severity-floor</c>, <c>severity</c> and <c>channel</c>.</summary>
public sealed class AdminSettingsCommandsTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task SeverityFloor_Warning_OnlyWarningsNudge()
    {
        var answer = await _script.AdminAsync("severity-floor warning");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: set the severity floor to warning. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.NudgedForAsync("hey guys, you spaz"), Is.EqualTo(new[] { "ableism/slur" }));
        }
    }

    [TestCase("severity-floor loud")]
    [TestCase("severity-floor")]
    [TestCase("severity-floor warning info")]
    public async Task SeverityFloor_BadValue_Usage(string text)
    {
        Assert.That(await _script.AdminAsync(text), Is.EqualTo("Use `/ally admin severity-floor info|suggestion|warning`."));
    }

    [Test]
    public async Task SeverityFloor_Info_SaysInfoNeverInterrupts()
    {
        await _script.AdminAsync("severity-floor warning");

        Assert.That(await _script.AdminAsync("severity-floor info"), Does.EndWith("Info tips never interrupt anyone, so suggestions and warnings nudge, as before."));
        Assert.That(await _script.NudgedForAsync("cakewalk"), Is.Empty);
    }

    [Test]
    public async Task Severity_RaisedThenFloorWarning_RuleStillNudges()
    {
        await _script.AdminAsync("severity-floor warning");

        var answer = await _script.AdminAsync("severity gendered-language/guys warning");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo("Done: set gendered-language/guys to warning. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.NudgedForAsync("hey guys"), Is.EqualTo(new[] { "gendered-language/guys" }));
        }
    }

    [Test]
    public async Task Severity_Default_ResetsAndSecondResetSaysSo()
    {
        await _script.AdminAsync("severity gendered-language/guys info");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _script.NudgedForAsync("hey guys"), Is.Empty);
            Assert.That(await _script.AdminAsync("severity gendered-language/guys default"), Does.StartWith("Done: reset gendered-language/guys to its shipped severity."));
            Assert.That(await _script.NudgedForAsync("hey guys"), Is.EqualTo(new[] { "gendered-language/guys" }));
            Assert.That(await _script.AdminAsync("severity gendered-language/guys default"), Is.EqualTo("`gendered-language/guys` has its shipped severity already."));
        }
    }

    [TestCase("severity gendered-language/guys", "Use `/ally admin severity <rule-id> info|suggestion|warning|default`, e.g. `/ally admin severity technology/sanity-check info`.")]
    [TestCase("severity gendered-language/guys loud", "Use `/ally admin severity <rule-id> info|suggestion|warning|default`, e.g. `/ally admin severity technology/sanity-check info`.")]
    [TestCase("severity gendered-language warning", "There is no rule `gendered-language`. `/ally admin rules <category>` lists rule ids.")]
    public async Task Severity_BadInput_ClearAnswer(string text, string expected)
    {
        Assert.That(await _script.AdminAsync(text), Is.EqualTo(expected));
    }

    [Test]
    public async Task Channel_OffThenOn_SilentThenNudgesAgain()
    {
        var off = await _script.AdminAsync("channel off <#C-random>");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(off, Is.EqualTo("Done: turned AllyBot off in <#C-random>. (`/ally admin undo` reverts it.)"));
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C-random"), Is.Empty);
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C1"), Is.Not.Empty);
            Assert.That(await _script.AdminAsync("channel off <#C-random>"), Is.EqualTo("AllyBot is off in <#C-random> already."));
            Assert.That(await _script.AdminAsync("channel on <#C-random>"), Does.StartWith("Done: turned AllyBot on in <#C-random>."));
            Assert.That(await _script.NudgedForAsync("hey guys", channel: "C-random"), Is.Not.Empty);
        }
    }

    [TestCase("channel off", "Use `/ally admin channel off|on #channel`.")]
    [TestCase("channel mute <#C1>", "Use `/ally admin channel off|on #channel`.")]
    [TestCase("channel off random", "I couldn't tell which channel 'random' is. Pick it from the #-channel list so it becomes a link.")]
    public async Task Channel_BadInput_ClearAnswer(string text, string expected)
    {
        Assert.That(await _script.AdminAsync(text), Is.EqualTo(expected));
    }
}

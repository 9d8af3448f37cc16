namespace AllyBot.Core.Tests.Commands.Admin;

/// <summary><c>history</c> and <c>undo</c>: every change is recorded and reversible.</summary>
public sealed class AdminHistoryCommandTests
{
    private readonly AdminScript _script = new();

    [Test]
    public async Task History_ListsWhoWhatWhenNewestFirst()
    {
        await _script.AdminAsync("disable gendered-language");
        _script.Clock.Advance(TimeSpan.FromMinutes(5));
        await _script.AdminAsync("grant <@U-member>");
        await _script.AdminAsync("channel off <#C2>", AdminScript.Member);

        var answer = await _script.AdminAsync("history");

        Assert.That(answer, Does.StartWith(
            "Latest changes, newest first:\n" +
            "• #3 2026-11-23 09:05 UTC <@U-member> turned AllyBot off in <#C2>\n" +
            "• #2 2026-11-23 09:05 UTC <@U-admin> granted admin rights to <@U-member>\n" +
            "• #1 2026-11-23 09:00 UTC <@U-admin> disabled gendered-language workspace-wide"));
    }

    [Test]
    public async Task History_NothingYet_SaysSo()
    {
        Assert.That(await _script.AdminAsync("history"), Is.EqualTo("No admin changes yet."));
    }

    [Test]
    public async Task Undo_Twice_WalksBackOneChangeAtATime()
    {
        await _script.AdminAsync("disable gendered-language");
        await _script.AdminAsync("severity-floor warning");

        var first = await _script.AdminAsync("undo");
        var afterFirst = await _script.NudgedForAsync("hey guys, sanity check");
        var second = await _script.AdminAsync("undo");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo("Done: undid #2 (set the severity floor to warning)."));
            Assert.That(afterFirst, Is.EqualTo(new[] { "technology/sanity-check" }));
            Assert.That(second, Is.EqualTo("Done: undid #1 (disabled gendered-language workspace-wide)."));
            Assert.That(await _script.NudgedForAsync("hey guys, sanity check"), Is.EqualTo(new[] { "gendered-language/guys", "technology/sanity-check" }));
            Assert.That(await _script.AdminAsync("undo"), Is.EqualTo("There is nothing to undo."));
            Assert.That(await _script.AdminAsync("history"), Does.Contain("(undone)").And.Contain("undid #1"));
        }
    }

    [Test]
    public async Task Undo_WithArguments_Usage()
    {
        Assert.That(await _script.AdminAsync("undo 3"), Does.StartWith("Use `/ally admin undo` without arguments"));
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Outbound;

public sealed class SlackDoNotDisturbTests
{
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1");

    private static IDoNotDisturb Dnd(SlackTestApp app) => app.Services.GetRequiredKeyedService<IDoNotDisturb>(ChatPlatform.Slack);

    private static long Unix(DateTimeOffset at) => at.ToUnixTimeSeconds();

    [Test]
    public async Task QuietUntil_InsideTheScheduledWindow_TheWindowsEnd()
    {
        await using var app = await SlackTestApp.StartAsync();
        var now = app.Clock.GetUtcNow();
        app.Api.Answer("dnd.info", $$"""{"ok":true,"dnd_enabled":true,"next_dnd_start_ts":{{Unix(now.AddMinutes(-30))}},"next_dnd_end_ts":{{Unix(now.AddHours(1))}}}""");

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now), Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(Unix(now.AddHours(1)))));
        var call = app.Api.CallsTo("dnd.info").Single();
        Assert.That(call.Form["user"], Is.EqualTo("U0KIM0001"));
    }

    [Test]
    public async Task QuietUntil_WindowLaterToday_Reachable()
    {
        await using var app = await SlackTestApp.StartAsync();
        var now = app.Clock.GetUtcNow();
        app.Api.Answer("dnd.info", $$"""{"ok":true,"dnd_enabled":true,"next_dnd_start_ts":{{Unix(now.AddHours(5))}},"next_dnd_end_ts":{{Unix(now.AddHours(14))}}}""");

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now), Is.Null);
    }

    [Test]
    public async Task QuietUntil_DndSwitchedOff_Reachable()
    {
        await using var app = await SlackTestApp.StartAsync();
        var now = app.Clock.GetUtcNow();
        app.Api.Answer("dnd.info", $$"""{"ok":true,"dnd_enabled":false,"next_dnd_start_ts":{{Unix(now.AddMinutes(-30))}},"next_dnd_end_ts":{{Unix(now.AddHours(1))}}}""");

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now), Is.Null);
    }

    [Test]
    public async Task QuietUntil_Snoozed_TheSnoozesEnd()
    {
        await using var app = await SlackTestApp.StartAsync();
        var now = app.Clock.GetUtcNow();
        app.Api.Answer("dnd.info", $$"""{"ok":true,"dnd_enabled":false,"snooze_enabled":true,"snooze_endtime":{{Unix(now.AddMinutes(45))}}}""");

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now), Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(Unix(now.AddMinutes(45)))));
    }

    [Test]
    public async Task QuietUntil_AskedAgainWithinFiveMinutes_ReusesTheAnswerThenAsksAgain()
    {
        await using var app = await SlackTestApp.StartAsync();
        var now = app.Clock.GetUtcNow();
        app.Api.Answer("dnd.info", $$"""{"ok":true,"dnd_enabled":true,"next_dnd_start_ts":{{Unix(now.AddMinutes(-1))}},"next_dnd_end_ts":{{Unix(now.AddMinutes(3))}}}""");

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now), Is.Not.Null);
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", app.Clock.GetUtcNow()), Is.Null, "the cached window has ended");
        Assert.That(app.Api.CallsTo("dnd.info"), Has.Count.EqualTo(1));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await Dnd(app).QuietUntilAsync(General, "U0KIM0001", app.Clock.GetUtcNow());
        Assert.That(app.Api.CallsTo("dnd.info"), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task QuietUntil_MissingScope_ReachableLoggedOnceAndCached()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("dnd.info", """{"ok":false,"error":"missing_scope"}""");

        var now = app.Clock.GetUtcNow();
        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now), Is.Null);
        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", now.AddMinutes(1)), Is.Null);
        Assert.That(app.Api.CallsTo("dnd.info"), Has.Count.EqualTo(1));
        Assert.That(app.Logs.Lines, Has.Some.Contains("Slack do-not-disturb in T0AB12CD3 unknown (missing_scope)"));
    }

    [Test]
    public async Task QuietUntil_NotInstalled_ReachableWithoutCallingSlack()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", app.Clock.GetUtcNow()), Is.Null);
        Assert.That(app.Api.Calls, Is.Empty);
    }
    [Test]
    public async Task QuietUntil_AnswerOfTheWrongShape_ReachableAndLogged()
    {
        await using var app = await SlackTestApp.StartAsync();
        app.Api.Answer("dnd.info", """{"ok":true,"dnd_enabled":"sometimes","next_dnd_start_ts":"soon"}""");

        Assert.That(await Dnd(app).QuietUntilAsync(General, "U0KIM0001", app.Clock.GetUtcNow()), Is.Null);
        Assert.That(app.Logs.Lines, Has.Some.Contains("unknown (unreadable_answer)"));
    }
}

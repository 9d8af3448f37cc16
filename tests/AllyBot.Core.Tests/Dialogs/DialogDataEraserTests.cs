using AllyBot.Core.Conversations;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogDataEraserTests
{
    [Test]
    public async Task ForgetMe_MemberWithDialogsCreditsCalendarAndCounts_AllGone()
    {
        var script = await new DialogScript().WithWeeklyCreditAsync();
        await script.AllyAsync("U1", "digest on");
        await script.AllyAsync("U1", "tz Europe/Berlin");
        await script.AllyAsync("U1", "credit <@U2> found the cause of the flaky deploy test");
        await script.AllyAsync("U3", "credit <@U1> reviewed my migration and caught a data loss bug");
        await script.Participation.RecordAsync(new ChatMessage(DialogScript.Channel(), "m1", new ChatUser("U1"), "hi", script.Clock.GetUtcNow()));
        await script.RunToPromptAsync("U1");

        await script.AllyAsync("U1", "forget-me");

        var key = script.Key("U1");
        Assert.That(script.Dialogs.All.Where(d => d.Member == key), Is.Empty);
        Assert.That(script.Credits.All.Where(c => c.Giver == key || c.Receiver == key), Is.Empty);
        Assert.That((await script.CalendarStore.GetAsync(key)).TimeZoneId, Is.Null);
        Assert.That(script.Counter.Counters.Keys.Where(k => k.Pseudonym == key.Pseudonym), Is.Empty);
        Assert.That(script.Dialogs.All.Where(d => d.Member == script.Key("U2")), Is.Not.Empty, "others keep theirs");
    }
}

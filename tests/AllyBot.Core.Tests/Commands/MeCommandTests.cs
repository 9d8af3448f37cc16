namespace AllyBot.Core.Tests.Commands;

public sealed class MeCommandTests
{
    private readonly ConversationScript _script = new();

    [Test]
    public async Task Run_AfterActivity_ShowsSettingsAndNudgeCount()
    {
        await _script.SayAsync("U1", "hey guys");
        await _script.AllyAsync("U1", "snooze 1h");

        var answer = await _script.AllyAsync("U1", "me");

        Assert.That(answer, Does.Contain("snoozed until").And.Contain("nudges in the last 30 days: 1").And.Contain("never your messages"));
    }
}

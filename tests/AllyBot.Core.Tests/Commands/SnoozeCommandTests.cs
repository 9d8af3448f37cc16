namespace AllyBot.Core.Tests.Commands;

public sealed class SnoozeCommandTests
{
    private readonly ConversationScript _script = new();

    [Test]
    public async Task Run_Duration_SnoozesUntilThen() =>
        Assert.That(await _script.AllyAsync("U1", "snooze 1d"), Does.Contain("until 2026-11-24 09:00 UTC"));

    [TestCase("", "How long for?")]
    [TestCase("soon", "is not a duration")]
    [TestCase("0h", "is not a duration")]
    [TestCase("200d", "longer than the 90-day maximum")]
    public async Task Run_BadDuration_ExplainsTheFormat(string arguments, string expected) =>
        Assert.That(await _script.AllyAsync("U1", $"snooze {arguments}"), Does.Contain(expected));

    [Test]
    public async Task Run_Off_EndsTheSnooze()
    {
        await _script.AllyAsync("U1", "snooze 2h");
        await _script.AllyAsync("U1", "snooze off");
        _script.Sender.Clear();

        await _script.SayAsync("U1", "hey guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }
}

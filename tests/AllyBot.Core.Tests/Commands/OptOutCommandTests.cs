namespace AllyBot.Core.Tests.Commands;

public sealed class OptOutCommandTests
{
    private readonly ConversationScript _script = new();

    [TestCase("nudges", "no more nudges")]
    [TestCase("prompts", "no more prompts")]
    [TestCase("counting", "left out of channel participation counts")]
    public async Task OptOut_Kind_Confirms(string kind, string expected) =>
        Assert.That(await _script.AllyAsync("U1", $"optout {kind}"), Does.Contain(expected));

    [TestCase("optout")]
    [TestCase("optout everything")]
    [TestCase("optin")]
    public async Task OptOutOrIn_MissingOrUnknownKind_ShowsUsage(string text) =>
        Assert.That(await _script.AllyAsync("U1", text), Does.StartWith("Say which"));

    [Test]
    public async Task OptIn_AfterOptOut_NudgesAgain()
    {
        await _script.AllyAsync("U1", "optout nudges");
        await _script.AllyAsync("U1", "optin nudges");
        _script.Sender.Clear();

        await _script.SayAsync("U1", "hey guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task OptIn_All_TurnsEverythingBackOn()
    {
        await _script.AllyAsync("U1", "optout prompts");
        await _script.AllyAsync("U1", "optout counting");
        await _script.AllyAsync("U1", "optin all");

        Assert.That(await _script.AllyAsync("U1", "me"), Does.Contain("scheduled prompts: on").And.Contain("counted in channel metrics: yes"));
    }
}

namespace AllyBot.Core.Tests.Commands;

public sealed class ForgetMeCommandTests
{
    private readonly ConversationScript _script = new();

    [Test]
    public async Task Run_DeletesSettingsAndHistoryOfTheCallerOnly()
    {
        await _script.SayAsync("U1", "hey guys");
        await _script.SayAsync("U2", "hey guys");
        await _script.AllyAsync("U1", "optout prompts");

        await _script.AllyAsync("U1", "forget-me");

        var u1 = _script.Pseudonymizer.KeyFor(ConversationScript.Channel(), "U1");
        Assert.Multiple(() =>
        {
            Assert.That(_script.Store.Nudges.Select(n => n.Member), Does.Not.Contain(u1));
            Assert.That(_script.Store.Nudges, Has.Count.EqualTo(1));
            Assert.That(_script.Store.Members.ContainsKey(u1), Is.False);
        });
    }
}

namespace AllyBot.Core.Tests.Commands;

public sealed class CheckCommandTests
{
    private readonly ConversationScript _script = new();

    [Test]
    public async Task Run_FlaggedDraft_ExplainsEachFinding()
    {
        var answer = await _script.AllyAsync("U1", "check hey guys, sanity check");

        Assert.That(answer, Does.Contain("\"guys\"").And.Contain("try: everyone, folks").And.Contain("\"sanity check\"").And.Contain("why:"));
    }

    [Test]
    public async Task Run_InfoFinding_IsShownAndMarkedAsNotInterrupting() =>
        Assert.That(await _script.AllyAsync("U1", "check a cakewalk"), Does.Contain("would not interrupt"));

    [Test]
    public async Task Run_CleanDraft_SaysNothingToSuggest() =>
        Assert.That(await _script.AllyAsync("U1", "check hello team"), Does.StartWith("Nothing to suggest"));

    [Test]
    public async Task Run_NoText_AsksForIt() =>
        Assert.That(await _script.AllyAsync("U1", "check"), Does.StartWith("Give me the text"));

    [Test]
    public async Task Run_Draft_IsNotRecordedAsANudge()
    {
        await _script.AllyAsync("U1", "check hey guys");

        Assert.That(_script.Store.Nudges, Is.Empty);
    }
}

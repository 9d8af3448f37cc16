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
        Assert.That(await _script.AllyAsync("U1", "check hello team"), Does.EndWith("Nothing to suggest for that text. 👍"));

    [Test]
    public async Task Run_ShortDraft_SaysItAssumedTheDefaultLanguage() =>
        Assert.That(await _script.AllyAsync("U1", "check hey guys"), Does.StartWith("Too little text to tell the language, so I read it as English (en)."));

    [Test]
    public async Task Run_EnglishDraft_SaysItReadEnglish() =>
        Assert.That(await _script.AllyAsync("U1", "check can you have a look at this for the guys before we ship it"), Does.StartWith("Read as English (en).\n"));

    [Test]
    public async Task Run_DraftInLanguageWithoutRules_SaysItHasNoTipsThereAndChecksNothing()
    {
        var answer = await _script.AllyAsync("U1", "check Est-ce que les guys peuvent vérifier ça avant la réunion? Je pense que c'est prêt.");

        Assert.That(answer, Is.EqualTo("Read as French (fr). I have no tips in French (fr) yet, so I skip it.\nNothing to suggest for that text. 👍"));
    }

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

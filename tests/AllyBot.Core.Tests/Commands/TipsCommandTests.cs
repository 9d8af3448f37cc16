namespace AllyBot.Core.Tests.Commands;

public sealed class TipsCommandTests
{
    private readonly ConversationScript _script = new();

    [Test]
    public async Task Run_NoCategory_ListsCategoriesThatNudge()
    {
        var answer = await _script.AllyAsync("U1", "tips");

        Assert.That(answer, Does.Contain("gendered-language (1 tips)").And.Contain("technology").And.Not.Contain("race-ethnicity"));
    }

    [Test]
    public async Task Run_Category_ListsItsTips() =>
        Assert.That(await _script.AllyAsync("U1", "tips Gendered-Language"), Does.Contain("instead of \"guys\", try \"everyone\""));

    [Test]
    public async Task Run_UnknownCategory_NamesTheCategories() =>
        Assert.That(await _script.AllyAsync("U1", "tips colours"), Does.StartWith("There is no category 'colours'").And.Contain("ableism"));
}

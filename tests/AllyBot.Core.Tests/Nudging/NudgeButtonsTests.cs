using AllyBot.Core.Replies;

namespace AllyBot.Core.Tests.Nudging;

public sealed class NudgeButtonsTests
{
    private readonly ConversationScript _script = new();

    [Test]
    public async Task Press_Thanks_AcknowledgesPrivately()
    {
        var answer = await _script.PressAsync("U1", NudgeActions.Thanks);

        Assert.That(answer, Does.StartWith("Thanks"));
        Assert.That(_script.Sender.Replies.Single().RecipientId, Is.EqualTo("U1"));
    }

    [Test]
    public async Task Press_NotHelpful_RecordsEachRuleOnceWithoutTextOrPerson()
    {
        await _script.PressAsync("U1", NudgeActions.NotHelpful, "gendered-language/guys technology/sanity-check gendered-language/guys");

        Assert.That(_script.Store.NotHelpful.Select(f => f.RuleId), Is.EquivalentTo(new[] { "gendered-language/guys", "technology/sanity-check" }));
        Assert.That(_script.Store.NotHelpful.All(f => f.ChannelId == "C1" && f.WorkspaceId == ConversationScript.Workspace), Is.True);
    }

    [Test]
    public async Task Press_Snooze_Pauses24Hours()
    {
        await _script.PressAsync("U1", NudgeActions.Snooze);
        await _script.SayAsync("U1", "hey guys");
        _script.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await _script.SayAsync("U1", "hey guys");

        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Press_UnknownButton_SaysItIsNoLongerValid() =>
        Assert.That(await _script.PressAsync("U1", "nudge-explode"), Does.Contain("no longer valid"));
}

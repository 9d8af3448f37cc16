using AllyBot.Core.Conversations;
using AllyBot.Core.Nudging;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;
using AllyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Nudging;

public sealed class NotHelpfulReasonsTests
{
    private static readonly ChatAddress Channel = new(ChatPlatform.Slack, "T1", "C1");
    private readonly InMemoryAllyStore _store = new();
    private readonly RecordingDialogChatSender _sender = new();
    private readonly NotHelpfulReasons _reasons;
    private readonly NudgeButtons _buttons;

    public NotHelpfulReasonsTests()
    {
        _reasons = new NotHelpfulReasons(_sender, _store);
        _buttons = new NudgeButtons(
            _store, _store, _sender, new MemberPseudonymizer(new byte[32]), new NudgeOptions(), new FakeTimeProvider(), new AllyBotMetrics(new TestMeterFactory()), _reasons);
    }

    [Test]
    public async Task NotHelpful_Pressed_AsksWhyWithFourDialogButtons()
    {
        await _buttons.HandleAsync(new ChatButton(Channel, new ChatUser("U1"), NudgeActions.NotHelpful, "a/one b/two"));

        var prompt = _sender.Prompts.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(prompt.RecipientId, Is.EqualTo("U1"));
            Assert.That(prompt.Choices.Select(c => c.Label), Is.EqualTo(new[] { "Wrong meaning here", "It's a name", "I was quoting someone", "Something else" }));
            Assert.That(prompt.Choices.Select(c => c.ActionId).Distinct(), Is.EqualTo(new[] { NotHelpfulReasons.ActionId }));
            Assert.That(DialogActions.IsDialogAction(NotHelpfulReasons.ActionId), Is.True, "edges render and return it as a dialog button");
            Assert.That(prompt.Choices[1].Value, Is.EqualTo("feedback:1,2 proper-name"));
        }
    }

    [Test]
    public async Task ReasonButton_Pressed_RecordedOnBothPressesOnce()
    {
        await _buttons.HandleAsync(new ChatButton(Channel, new ChatUser("U1"), NudgeActions.NotHelpful, "a/one b/two"));
        var choice = _sender.Prompts.Single().Choices[2];

        var handled = await _reasons.HandleButtonAsync(new ChatButton(Channel with { ChannelId = "D1" }, new ChatUser("U1"), choice.ActionId, choice.Value));
        await _reasons.HandleButtonAsync(new ChatButton(Channel with { ChannelId = "D1" }, new ChatUser("U1"), choice.ActionId, choice.Value));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(handled, Is.True);
            Assert.That(_store.NotHelpfulReasons, Is.EquivalentTo(new Dictionary<long, string> { [1] = "quoting", [2] = "quoting" }));
            Assert.That(_sender.Replies.Select(r => r.Text).TakeLast(2), Is.EqualTo(new[] { "Thanks, that helps us tune this tip.", "Thanks, we have your answer already." }));
        }
    }

    [Test]
    public async Task ReasonButton_OtherWorkspace_RecordsNothing()
    {
        await _buttons.HandleAsync(new ChatButton(Channel, new ChatUser("U1"), NudgeActions.NotHelpful, "a/one"));

        await _reasons.HandleButtonAsync(new ChatButton(Channel with { WorkspaceId = "T2" }, new ChatUser("U9"), NotHelpfulReasons.ActionId, "feedback:1 other"));

        Assert.That(_store.NotHelpfulReasons, Is.Empty);
    }

    [TestCase("feedback:1 shouting")]
    [TestCase("feedback:x other")]
    [TestCase("1 other")]
    [TestCase("")]
    public async Task ReasonButton_TamperedValue_NoLongerValid(string value)
    {
        await _reasons.HandleButtonAsync(new ChatButton(Channel, new ChatUser("U1"), NotHelpfulReasons.ActionId, value));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_sender.Replies.Single().Text, Is.EqualTo("That button is no longer valid."));
            Assert.That(_store.NotHelpfulReasons, Is.Empty);
        }
    }

    [Test]
    public async Task HandleButton_OtherAction_NotHandled()
    {
        Assert.That(await _reasons.HandleButtonAsync(new ChatButton(Channel, new ChatUser("U1"), NudgeActions.Thanks, "")), Is.False);
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Inbox;
using AllyBot.Core.Nudging;
using AllyBot.Core.Replies;
using AllyBot.Testing;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class DialogInboxDispatcherTests
{
    private readonly DialogScript _script = new();

    private DialogInboxDispatcher Dispatcher
    {
        get
        {
            var rules = new FixedRuleSetProvider(ConversationScript.Rules);
            var nudger = new MessageNudger(LocalOnlyLanguage.Rules(rules, _script.Metrics), _script.Members, _script.Members, _script.Members, _script.Sender, _script.Pseudonymizer, new NudgeOptions(), _script.Clock, _script.Metrics, _script.Members);
            var revisor = new NudgeRevisor(nudger, _script.Members, _script.Members, _script.Members, _script.Members, _script.Sender, _script.Pseudonymizer, new NudgeOptions(), _script.Clock, _script.Metrics);
            var buttons = new NudgeButtons(_script.Members, _script.Members, _script.Sender, _script.Pseudonymizer, new NudgeOptions(), _script.Clock, _script.Metrics);
            return new DialogInboxDispatcher(new InboxDispatcher(nudger, _script.Router, buttons, revisor), _script.Answers, _script.Participation);
        }
    }

    private static InboxEntry Entry(string kind, string payload) => new(1, "k1", kind, payload, 0, DateTimeOffset.UnixEpoch);

    [Test]
    public async Task Dispatch_DialogButton_AdvancesTheDialog()
    {
        await _script.WithWeeklyCreditAsync();
        var prompt = await _script.RunToPromptAsync("U1");
        var skip = prompt.Choices.Single(c => c.ActionId == DialogActions.Skip);

        await Dispatcher.DispatchAsync(Entry(InboxKinds.Button, ChatEventJson.Serialize(new ChatButton(DialogScript.Dm("U1"), new ChatUser("U1"), skip.ActionId, skip.Value))));

        Assert.That(_script.Dialogs.All.Single(d => d.Id == skip.Value).Status, Is.EqualTo(DialogStatus.Skipped));
        Assert.That(_script.Sender.Replies, Is.Empty, "not answered as an unknown nudge button");
    }

    [Test]
    public async Task Dispatch_NudgeButton_StillGoesToTheNudgeButtons()
    {
        await Dispatcher.DispatchAsync(Entry(InboxKinds.Button, ChatEventJson.Serialize(new ChatButton(DialogScript.Channel(), new ChatUser("U1"), NudgeActions.Thanks, ""))));

        Assert.That(_script.Sender.Replies.Single().Text, Does.StartWith("Thanks for taking a look"));
    }

    [Test]
    public async Task Dispatch_TypedAnswer_GoesToTheDialogNotTheRouter()
    {
        await _script.WithWeeklyCreditAsync();
        await _script.RunToPromptAsync("U1");
        await _script.PickAsync("U1", "U2");

        await Dispatcher.DispatchAsync(Entry(InboxKinds.Command, ChatEventJson.Serialize(new ChatCommand(DialogScript.Dm("U1"), new ChatUser("U1"), "paired with me on the flaky deploy test"))));

        Assert.That(_script.LastPromptTo("U1").Text, Does.Contain("Where should I share it?"));
        Assert.That(_script.Sender.Replies, Is.Empty);
    }

    [Test]
    public async Task Dispatch_Command_StillGoesToTheRouter()
    {
        await Dispatcher.DispatchAsync(Entry(InboxKinds.Command, ChatEventJson.Serialize(new ChatCommand(DialogScript.Channel(), new ChatUser("U1"), "tz Europe/Berlin"))));

        Assert.That(_script.Sender.Replies.Single().Text, Does.StartWith("Done: your time zone is Europe/Berlin"));
    }

    [Test]
    public async Task Dispatch_Message_CountedThenNudged()
    {
        await _script.AllyAsync("U1", "digest on");

        await Dispatcher.DispatchAsync(Entry(InboxKinds.Message, ChatEventJson.Serialize(new ChatMessage(DialogScript.Channel(), "m1", new ChatUser("U2"), "hey guys", _script.Clock.GetUtcNow()))));

        Assert.That(_script.Counter.Counters.Values.Sum(), Is.EqualTo(1));
        Assert.That(_script.Sender.Nudges, Has.Count.EqualTo(1));
    }
}

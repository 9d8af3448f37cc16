using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Tests.Inbox;

public sealed class InboxDispatcherTests
{
    private readonly ConversationScript _script = new();

    private static readonly DateTimeOffset DueAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private InboxDispatcher Dispatcher => new(_script.Nudger, _script.Router, _script.Buttons, _script.Revisor);

    [Test]
    public async Task Dispatch_Message_RoundTripsThroughJsonAndNudges()
    {
        var message = new ChatMessage(ConversationScript.Channel(), "m1", new ChatUser("U1"), "hey guys", _script.Clock.GetUtcNow());

        await Dispatcher.DispatchAsync(new InboxEntry(1, "k1", InboxKinds.Message, ChatEventJson.Serialize(message), 0, DueAt));

        Assert.That(_script.Sender.Nudges.Single().MessageId, Is.EqualTo("m1"));
    }

    [Test]
    public async Task Dispatch_Command_Answers()
    {
        var command = new ChatCommand(ConversationScript.Channel(), new ChatUser("U1"), "help");

        await Dispatcher.DispatchAsync(new InboxEntry(1, "k1", InboxKinds.Command, ChatEventJson.Serialize(command), 0, DueAt));

        Assert.That(_script.Sender.Replies.Single().Text, Does.Contain("/ally tips"));
    }

    [Test]
    public async Task Dispatch_Button_Handles()
    {
        var button = new ChatButton(ConversationScript.Channel(), new ChatUser("U1"), NudgeActions.Thanks, "");

        await Dispatcher.DispatchAsync(new InboxEntry(1, "k1", InboxKinds.Button, ChatEventJson.Serialize(button), 0, DueAt));

        Assert.That(_script.Sender.Replies, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Dispatch_EditAndDelete_ReviseTheNudge()
    {
        var message = new ChatMessage(ConversationScript.Channel(), "m1", new ChatUser("U1"), "hey guys", _script.Clock.GetUtcNow());
        await Dispatcher.DispatchAsync(new InboxEntry(1, "k1", InboxKinds.Message, ChatEventJson.Serialize(message), 0, DueAt));

        await Dispatcher.DispatchAsync(new InboxEntry(2, "k2", InboxKinds.Edit, ChatEventJson.Serialize(new ChatMessageEdit(message with { Text = "hey guys, sanity check" })), 0, DueAt));
        await Dispatcher.DispatchAsync(new InboxEntry(3, "k3", InboxKinds.Delete, ChatEventJson.Serialize(new ChatMessageDeletion(message.Where, "m1")), 0, DueAt));

        Assert.That(_script.Sender.Updates.Single().Nudge.Items, Has.Count.EqualTo(2));
        Assert.That(_script.Sender.Withdrawals.Single().MessageId, Is.EqualTo("m1"));
    }

    [Test]
    public void Edit_ToString_NeverShowsTheText() =>
        Assert.That(new ChatMessageEdit(new ChatMessage(ConversationScript.Channel(), "m1", new ChatUser("U1"), "secret text", default)).ToString(), Does.Not.Contain("secret"));

    [Test]
    public void Dispatch_UnknownKind_Throws() =>
        Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher.DispatchAsync(new InboxEntry(1, "k1", "telepathy", "{}", 0, DueAt)));

    [Test]
    public void Dispatch_MalformedPayload_Throws() =>
        Assert.ThrowsAsync<System.Text.Json.JsonException>(() => Dispatcher.DispatchAsync(new InboxEntry(1, "k1", InboxKinds.Message, "null", 0, DueAt)));

    [Test]
    public void Entry_ToString_NeverShowsThePayload() =>
        Assert.That(new InboxEntry(1, "k1", InboxKinds.Message, "secret text", 0, DueAt).ToString(), Does.Not.Contain("secret"));
}

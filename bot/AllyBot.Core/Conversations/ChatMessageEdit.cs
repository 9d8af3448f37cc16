namespace AllyBot.Core.Conversations;

/// <summary>
/// A message someone edited (Slack <c>message_changed</c>, Teams <c>messageUpdate</c>): the message as it reads now,
/// with the same <see cref="ChatMessage.MessageId"/> as the original. Core re-checks it and updates or withdraws the
/// nudge it sent for the original; an edit is never a new message for participation counts.
/// </summary>
/// <param name="Message">The edited message (its text held in memory only while it is evaluated).</param>
public sealed record ChatMessageEdit(ChatMessage Message)
{
    /// <summary>Never prints the text.</summary>
    public override string ToString() => $"ChatMessageEdit {{ {Message} }}";
}

namespace AllyBot.Core.Conversations;

/// <summary>A message someone wrote: the one internal type every edge turns channel traffic into.</summary>
/// <param name="Where">The channel (and thread) it was posted in.</param>
/// <param name="MessageId">The platform's id for the message (Slack ts, Teams activity id).</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Text">What they wrote. Held in memory only while it is evaluated; never stored or logged.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record ChatMessage(ChatAddress Where, string MessageId, ChatUser Author, string Text, DateTimeOffset SentAt)
{
    /// <summary>Never prints the text, so a stray log call cannot leak it.</summary>
    public override string ToString() => $"ChatMessage {{ {Where}, {MessageId}, {Author}, {Text.Length} chars, {SentAt:O} }}";
}

using AllyBot.Core.Conversations;

namespace AllyBot.Core.Replies;

/// <summary>
/// A message everyone in a channel sees: the weekly "This week's credits" post, or an amplification in a thread.
/// Edges post it as the bot in <see cref="Where"/> (in the thread when <see cref="ChatAddress.ThreadId"/> is set).
/// </summary>
/// <param name="Where">The channel, and the thread root to reply under, if any.</param>
/// <param name="Text">The message; may hold <see cref="ChatMentions"/> tokens that edges render as mentions or names.</param>
public sealed record ChannelPost(ChatAddress Where, string Text)
{
    /// <summary>Never prints the text.</summary>
    public override string ToString() => $"ChannelPost {{ {Where}, {Text.Length} chars }}";
}

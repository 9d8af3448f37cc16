using AllyBot.Core.Conversations;

namespace AllyBot.Core.Replies;

/// <summary>An answer only <paramref name="RecipientId"/> sees (command results, confirmations, errors).</summary>
public sealed record PrivateReply(ChatAddress Where, string RecipientId, string Text);

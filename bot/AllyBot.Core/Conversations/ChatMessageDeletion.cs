namespace AllyBot.Core.Conversations;

/// <summary>A message someone deleted (Slack <c>message_deleted</c>, Teams <c>messageDelete</c>): Core withdraws its nudge.</summary>
/// <param name="Where">The channel (and thread) the message was in.</param>
/// <param name="MessageId">The platform's id of the deleted message (Slack ts, Teams activity id).</param>
public sealed record ChatMessageDeletion(ChatAddress Where, string MessageId);

namespace AllyBot.Core.Replies;

/// <summary>
/// Where a sent nudge lives on its platform, so that it can later be updated or withdrawn. Ids only, no content.
/// </summary>
/// <param name="ConversationId">The conversation the nudge was posted in (Teams: the 1:1 chat or, targeted, the
/// channel thread; Slack: the channel of the ephemeral message).</param>
/// <param name="NudgeMessageId">The platform's id of the nudge itself (Teams activity id, Slack <c>message_ts</c>).</param>
/// <param name="Targeted">True for a Teams targeted message, which is updated and deleted as one.</param>
public sealed record NudgeReceipt(string ConversationId, string NudgeMessageId, bool Targeted = false);

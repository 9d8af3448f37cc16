using AllyBot.Core.Conversations;

namespace AllyBot.Core.Replies;

/// <summary>
/// A nudge AllyBot sent, remembered against the message it is about so that an edit or delete of that message can
/// update or withdraw it. Content-free: ids, rule ids and a time; kept a few days (<see cref="RetentionPeriod"/>).
/// </summary>
/// <param name="Where">The channel (and thread) of the message the nudge is about.</param>
/// <param name="MessageId">The message the nudge is about.</param>
/// <param name="Receipt">Where the nudge itself lives.</param>
/// <param name="RuleIds">The rules the nudge currently points out.</param>
/// <param name="SentAt">When it was first sent.</param>
public sealed record SentNudge(ChatAddress Where, string MessageId, NudgeReceipt Receipt, IReadOnlyList<string> RuleIds, DateTimeOffset SentAt)
{
    /// <summary>How long a sent nudge is remembered; an edit after that is treated like a new message. <value>7 days.</value></summary>
    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromDays(7);
}

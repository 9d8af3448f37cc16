using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>
/// The nudges AllyBot sent, by the message they are about (platform, workspace, channel, message id): ids, rule ids
/// and times only. <c>/ally forget-me</c> (<see cref="IMemberDataEraser"/>) deletes the member's rows too.
/// </summary>
public interface ISentNudgeStore
{
    /// <summary>Remembers (or replaces) the nudge sent to <paramref name="member"/> about <see cref="SentNudge.MessageId"/>.</summary>
    Task SaveAsync(MemberKey member, SentNudge sent, CancellationToken cancellationToken = default);

    /// <summary>The nudge sent about a message, or null when none is remembered.</summary>
    Task<SentNudge?> FindAsync(ChatAddress where, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Forgets the nudge about a message. Returns whether one was remembered.</summary>
    Task<bool> DeleteAsync(ChatAddress where, string messageId, CancellationToken cancellationToken = default);

    /// <summary>Forgets nudges first sent before <paramref name="sentBefore"/>. Returns how many.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default);
}

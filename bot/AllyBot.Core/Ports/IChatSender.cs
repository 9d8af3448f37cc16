using AllyBot.Core.Replies;

namespace AllyBot.Core.Ports;

/// <summary>Sends AllyBot's replies on one platform. Implemented by each edge (and the playground).</summary>
public interface IChatSender
{
    /// <summary>Sends a nudge to its recipient only.</summary>
    /// <returns>Where the nudge lives, so it can be updated or withdrawn; null when it was not delivered or has no id.</returns>
    Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default);

    /// <summary>Sends a reply only its recipient sees.</summary>
    Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a sent nudge with <paramref name="nudge"/> (the message it is about was edited and other rules apply now),
    /// as far as the platform allows: Teams updates the card in place; Slack cannot edit an ephemeral message, so it
    /// shows only what <see cref="SentNudge.RuleIds"/> did not cover yet, as a new one.
    /// </summary>
    /// <returns>Where the nudge lives now (the old receipt when nothing new was posted); null when it could not be delivered.</returns>
    Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes back a sent nudge that no longer applies (the message was edited clean or deleted), as far as the platform
    /// allows: Teams deletes it; a Slack ephemeral message cannot be deleted by the API, so nothing is sent there.
    /// </summary>
    Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default);
}

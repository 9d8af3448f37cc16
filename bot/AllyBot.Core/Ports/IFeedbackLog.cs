namespace AllyBot.Core.Ports;

/// <summary>"Not helpful here" presses: rule, channel and time only; no text, no person. Feeds the admin report.</summary>
public interface IFeedbackLog
{
    /// <summary>Records one "not helpful" for <paramref name="ruleId"/>; returns its id, for <see cref="RecordReasonAsync"/>.</summary>
    Task<long> RecordNotHelpfulAsync(string workspaceId, string channelId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds why (one of <see cref="Nudging.NotHelpfulReasons.All"/>) to presses of this workspace that have no reason
    /// yet; returns how many it added it to (0 when already answered).
    /// </summary>
    Task<int> RecordReasonAsync(string workspaceId, IReadOnlyList<long> feedbackIds, string reason, CancellationToken cancellationToken = default);
}

namespace AllyBot.Core.Nudging;

/// <summary>What <see cref="NudgeRevisor"/> did about an edited or deleted message.</summary>
public enum NudgeRevision
{
    /// <summary>Nothing: no nudge was sent about the message and none is due.</summary>
    None,

    /// <summary>The edited message had no nudge yet and earned one, sent like for a new message.</summary>
    Nudged,

    /// <summary>The nudge still applies as sent.</summary>
    Unchanged,

    /// <summary>The nudge now points out other rules and was updated.</summary>
    Updated,

    /// <summary>The nudge no longer applies (or the message is gone) and was withdrawn.</summary>
    Withdrawn,
}

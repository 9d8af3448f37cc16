namespace AllyBot.Core.Voices;

/// <summary>Why a digest trigger fired or did not.</summary>
public enum TriggerReason
{
    /// <summary>The trigger fired.</summary>
    Fired,

    /// <summary>Fewer than <see cref="VoicesThresholds.MinBaselineWeeks"/> prior weeks: no baseline to compare with.</summary>
    InsufficientHistory,

    /// <summary>Entropy is above <see cref="VoicesThresholds.InviteInputMaxEntropy"/>: participation is even enough.</summary>
    EntropyAboveCeiling,

    /// <summary>Entropy is low, but less than <see cref="VoicesThresholds.InviteInputMinDropBelowMedian"/> below the channel's own median: this is its normal.</summary>
    NotEnoughBelowBaseline,

    /// <summary>Fewer than <see cref="VoicesThresholds.MinEligibleMembers"/> eligible members.</summary>
    TooFewMembers,

    /// <summary>Nobody received a credit in the credit window.</summary>
    NoCredits,

    /// <summary>The most-credited fifth got at most <see cref="VoicesThresholds.CreditTopFifthShareLimit"/> of the credits.</summary>
    CreditSpreadEnough,
}

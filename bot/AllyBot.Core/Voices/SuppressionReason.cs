namespace AllyBot.Core.Voices;

/// <summary>Why a window's numbers are withheld.</summary>
public enum SuppressionReason
{
    /// <summary>Fewer than <see cref="VoicesThresholds.MinEligibleMembers"/> eligible members: numbers could point at people.</summary>
    TooFewMembers,

    /// <summary>Fewer than <see cref="VoicesThresholds.MinMessages"/> messages: too little to mean anything.</summary>
    TooFewMessages,
}

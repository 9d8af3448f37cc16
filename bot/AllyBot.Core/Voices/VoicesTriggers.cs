namespace AllyBot.Core.Voices;

/// <summary>Decides the digest triggers of voices.md 4.2, relative to the channel's own history.</summary>
public static class VoicesTriggers
{
    /// <summary>
    /// Evaluates <paramref name="current"/> against <paramref name="priorWeeks"/> (the channel's earlier weekly
    /// snapshots, oldest first, suppressed weeks simply absent; only the last 8 count).
    /// </summary>
    public static TriggerReport Evaluate(VoicesSnapshot current, IReadOnlyList<VoicesSnapshot> priorWeeks)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(priorWeeks);
        return new TriggerReport(InviteInput(current, priorWeeks), CreditConcentrating(current));
    }

    private static TriggerDecision InviteInput(VoicesSnapshot current, IReadOnlyList<VoicesSnapshot> priorWeeks)
    {
        const double Tolerance = VoicesThresholds.Tolerance;
        if (current.EligibleMembers < VoicesThresholds.MinEligibleMembers)
        {
            return new TriggerDecision(TriggerReason.TooFewMembers);
        }

        if (VoicesBaseline.Median(priorWeeks, week => week.Entropy) is not { } median)
        {
            return new TriggerDecision(TriggerReason.InsufficientHistory);
        }

        if (current.Entropy > VoicesThresholds.InviteInputMaxEntropy + Tolerance)
        {
            return new TriggerDecision(TriggerReason.EntropyAboveCeiling);
        }

        return median - current.Entropy >= VoicesThresholds.InviteInputMinDropBelowMedian - Tolerance
            ? new TriggerDecision(TriggerReason.Fired)
            : new TriggerDecision(TriggerReason.NotEnoughBelowBaseline);
    }

    private static TriggerDecision CreditConcentrating(VoicesSnapshot current) =>
        current.EligibleMembers < VoicesThresholds.MinEligibleMembers ? new TriggerDecision(TriggerReason.TooFewMembers)
        : current.Credits is not { } credits ? new TriggerDecision(TriggerReason.NoCredits)
        : credits.TopFifthShare > VoicesThresholds.CreditTopFifthShareLimit + VoicesThresholds.Tolerance ? new TriggerDecision(TriggerReason.Fired)
        : new TriggerDecision(TriggerReason.CreditSpreadEnough);
}

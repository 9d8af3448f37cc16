namespace AllyBot.Core.Voices;

/// <summary>Turns a window's eligible roster into a channel's weekly numbers, or withholds them (voices.md 4.2).</summary>
public static class VoicesMeter
{
    /// <summary>
    /// Measures <paramref name="roster"/>: one <see cref="MemberActivity"/> per eligible member, zeros included.
    /// Suppressed unless N ≥ <see cref="VoicesThresholds.MinEligibleMembers"/> and the window holds at least
    /// <see cref="VoicesThresholds.MinMessages"/> messages.
    /// </summary>
    public static VoicesMeasurement Measure(IReadOnlyList<MemberActivity> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (roster.Count < VoicesThresholds.MinEligibleMembers)
        {
            return new VoicesSuppressed(SuppressionReason.TooFewMembers);
        }

        var messages = roster.Sum(m => m.Messages);
        if (messages < VoicesThresholds.MinMessages)
        {
            return new VoicesSuppressed(SuppressionReason.TooFewMessages);
        }

        var scaled = roster.Select(m => m.ScaledMessages).ToArray();
        var credits = roster.Select(m => (double)m.CreditsReceived).ToArray();
        var creditTotal = roster.Sum(m => m.CreditsReceived);
        return new VoicesMeasured(new VoicesSnapshot(
            EligibleMembers: roster.Count,
            Messages: messages,
            Entropy: InequalityMeasures.NormalisedEntropy(scaled),
            Gini: InequalityMeasures.Gini(scaled),
            SpeakerShare: roster.Count(m => m.Messages > 0) / (double)roster.Count,
            TopFifthShare: InequalityMeasures.TopFifthShare(scaled),
            Credits: creditTotal == 0 ? null : new CreditConcentration(creditTotal, InequalityMeasures.TopFifthShare(credits), InequalityMeasures.Gini(credits))));
    }
}

namespace AllyBot.Core.Voices;

/// <summary>Builds the facilitator digest from this week's snapshot and the channel's history.</summary>
public static class VoicesDigestComposer
{
    /// <summary>
    /// Composes the digest for <paramref name="current"/>, comparing with <paramref name="priorWeeks"/> (oldest first,
    /// last 8 used). Suggestions: low entropy gives round-robin and async input; concentrating credit gives credit by
    /// name (plus async input when it fired alone, so quieter work gets seen); both give all three.
    /// </summary>
    public static VoicesDigest Compose(VoicesSnapshot current, IReadOnlyList<VoicesSnapshot> priorWeeks)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(priorWeeks);
        var triggers = VoicesTriggers.Evaluate(current, priorWeeks);

        List<MetricComparison> metrics =
        [
            Compare(VoicesMetric.Entropy, current.Entropy, priorWeeks, week => week.Entropy),
            Compare(VoicesMetric.Gini, current.Gini, priorWeeks, week => week.Gini),
            Compare(VoicesMetric.SpeakerShare, current.SpeakerShare, priorWeeks, week => week.SpeakerShare),
            Compare(VoicesMetric.TopFifthShare, current.TopFifthShare, priorWeeks, week => week.TopFifthShare),
        ];
        if (current.Credits is { } credits)
        {
            metrics.Add(Compare(VoicesMetric.CreditTopFifthShare, credits.TopFifthShare, priorWeeks, week => week.Credits?.TopFifthShare));
            metrics.Add(Compare(VoicesMetric.CreditGini, credits.Gini, priorWeeks, week => week.Credits?.Gini));
        }

        List<DigestSuggestion> suggestions = (triggers.InviteInput.Fired, triggers.CreditConcentrating.Fired) switch
        {
            (true, true) => [DigestSuggestion.RoundRobin, DigestSuggestion.AsyncInput, DigestSuggestion.CreditByName],
            (true, false) => [DigestSuggestion.RoundRobin, DigestSuggestion.AsyncInput],
            (false, true) => [DigestSuggestion.CreditByName, DigestSuggestion.AsyncInput],
            (false, false) => [],
        };
        return new VoicesDigest(metrics, triggers, suggestions);
    }

    private static MetricComparison Compare(VoicesMetric metric, double value, IReadOnlyList<VoicesSnapshot> priorWeeks, Func<VoicesSnapshot, double?> select) =>
        new(metric, value, VoicesBaseline.Median(priorWeeks, select));
}

namespace AllyBot.Core.Voices;

/// <summary>
/// The facilitator's private weekly digest in group-only mode: channel numbers against their 8-week medians, the
/// triggers and 2-3 suggestions. It holds no names, no per-member numbers and no ranking, by construction.
/// </summary>
/// <param name="Metrics">Each number against the channel's 8-week median.</param>
/// <param name="Triggers">What fired and why.</param>
/// <param name="Suggestions">2-3 actions chosen from what fired; empty when nothing fired.</param>
public sealed record VoicesDigest(IReadOnlyList<MetricComparison> Metrics, TriggerReport Triggers, IReadOnlyList<DigestSuggestion> Suggestions)
{
    /// <summary>Whether to send it: only when a trigger fired (voices.md 4.1).</summary>
    public bool ShouldSend => Triggers.AnyFired;
}

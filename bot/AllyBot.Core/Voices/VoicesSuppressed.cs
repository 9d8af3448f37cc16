namespace AllyBot.Core.Voices;

/// <summary>Nothing may be reported for this window; only the reason is kept, never the counts.</summary>
/// <param name="Reason">Which minimum was not met.</param>
public sealed record VoicesSuppressed(SuppressionReason Reason) : VoicesMeasurement
{
    /// <summary>A sentence for <c>/ally status</c>, stating the rule but not the channel's numbers.</summary>
    public string Explanation => Reason switch
    {
        SuppressionReason.TooFewMembers => $"Not shown: fewer than {VoicesThresholds.MinEligibleMembers} members are counted in this channel.",
        _ => $"Not shown: fewer than {VoicesThresholds.MinMessages} messages in the last 14 days.",
    };
}

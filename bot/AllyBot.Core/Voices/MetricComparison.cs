namespace AllyBot.Core.Voices;

/// <summary>One number of the digest against the channel's own 8-week median.</summary>
/// <param name="Metric">Which number.</param>
/// <param name="Value">This week's value.</param>
/// <param name="EightWeekMedian">The median of the last 8 prior weeks; null with fewer than 4 weeks of history.</param>
public sealed record MetricComparison(VoicesMetric Metric, double Value, double? EightWeekMedian)
{
    /// <summary>This week minus the median; null without a median.</summary>
    public double? ChangeFromMedian => Value - EightWeekMedian;
}

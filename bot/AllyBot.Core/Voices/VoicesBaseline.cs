namespace AllyBot.Core.Voices;

/// <summary>A channel's own 8-week median of a number, the baseline its thresholds are relative to.</summary>
internal static class VoicesBaseline
{
    /// <summary>
    /// The median of <paramref name="select"/> over the most recent <see cref="VoicesThresholds.BaselineWeeks"/> prior
    /// weeks (oldest first) that have a value, or null with fewer than <see cref="VoicesThresholds.MinBaselineWeeks"/>.
    /// </summary>
    public static double? Median(IReadOnlyList<VoicesSnapshot> priorWeeks, Func<VoicesSnapshot, double?> select)
    {
        var values = priorWeeks.TakeLast(VoicesThresholds.BaselineWeeks).Select(select).OfType<double>().Order().ToArray();
        if (values.Length < VoicesThresholds.MinBaselineWeeks)
        {
            return null;
        }

        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}

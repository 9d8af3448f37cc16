using System.Globalization;

namespace AllyBot.Slack.Translation;

/// <summary>Slack's message ids (<c>ts</c>, "1700000000.000100": unix seconds and a per-channel sequence) as times.</summary>
internal static class SlackTimestamp
{
    /// <summary>The time a <c>ts</c> stands for, or null when it is not one.</summary>
    public static DateTimeOffset? ToTime(string? ts)
    {
        if (ts is null || !decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || seconds < 0 || seconds > 253_402_300_799m)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000m));
    }
}

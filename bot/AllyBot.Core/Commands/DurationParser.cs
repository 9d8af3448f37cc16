using System.Globalization;

namespace AllyBot.Core.Commands;

/// <summary>Parses durations people type: <c>30m</c>, <c>2h</c>, <c>1d</c>, <c>2w</c> (also "2 hours", "1 day").</summary>
public static class DurationParser
{
    /// <summary>The longest snooze accepted.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(90);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is accepted.</summary>
    public static bool TryParse(string text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        var compact = (text ?? "").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var digits = 0;
        while (digits < compact.Length && char.IsAsciiDigit(compact[digits]))
        {
            digits++;
        }

        TimeSpan? unit = compact[digits..] switch
        {
            "m" or "min" or "mins" or "minute" or "minutes" => TimeSpan.FromMinutes(1),
            "h" or "hr" or "hrs" or "hour" or "hours" => TimeSpan.FromHours(1),
            "d" or "day" or "days" => TimeSpan.FromDays(1),
            "w" or "wk" or "week" or "weeks" => TimeSpan.FromDays(7),
            _ => null,
        };

        if (digits == 0 || digits > 6 || unit is null || !int.TryParse(compact[..digits], CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            error = $"'{text}' is not a duration. Use a number and a unit, like 30m, 2h, 1d or 2w.";
            return false;
        }

        duration = unit.Value * count;
        if (duration > Max)
        {
            error = $"{text} is longer than the {Max.TotalDays:0}-day maximum. Use /ally optout nudges to stop nudges for good.";
            return false;
        }

        error = "";
        return true;
    }
}

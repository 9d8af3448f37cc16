using System.Globalization;

namespace AllyBot.Core.Scheduling;

/// <summary>Parses a 24-hour wall-clock time typed as <c>HH:mm</c> (or <c>H:mm</c>).</summary>
internal static class ClockTimeParser
{
    public static bool TryParse(string text, out TimeOnly time, out string error)
    {
        time = default;
        var parts = text.Split(':');
        if (parts.Length != 2 || parts[0].Length is < 1 or > 2 || parts[1].Length != 2
            || !parts[0].All(char.IsAsciiDigit) || !parts[1].All(char.IsAsciiDigit))
        {
            error = $"'{text}' is not a time. Use 24-hour HH:mm, like 09:00 or 14:30.";
            return false;
        }

        var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (hour > 23)
        {
            error = $"'{text}' has hour {hour}; hours run from 00 to 23.";
            return false;
        }

        if (minute > 59)
        {
            error = $"'{text}' has minute {minute}; minutes run from 00 to 59.";
            return false;
        }

        time = new TimeOnly(hour, minute);
        error = "";
        return true;
    }
}

using System.Globalization;

namespace AllyBot.Core.Commands;

/// <summary>Parses dates typed in commands, strictly <c>YYYY-MM-DD</c> so that no one has to guess day and month order.</summary>
public static class DateArgumentParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what to type.</summary>
    public static bool TryParse(string? text, out DateOnly date, out string error)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = "";
            return true;
        }

        error = string.IsNullOrWhiteSpace(text)
            ? "A date is missing. Use YYYY-MM-DD, like 2026-12-24."
            : $"'{text}' is not a date. Use YYYY-MM-DD, like 2026-12-24.";
        return false;
    }
}

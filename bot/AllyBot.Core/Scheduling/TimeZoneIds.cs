namespace AllyBot.Core.Scheduling;

/// <summary>Checks the IANA time-zone ids people and platforms give us (Slack <c>users.info</c> tz, <c>/ally tz</c>).</summary>
public static class TimeZoneIds
{
    /// <summary>The tz database release AllyBot schedules with, such as <c>2025b</c> (for <c>/ally status</c>).</summary>
    public static string DatabaseVersion => ZoneRules.DatabaseVersion;

    /// <summary>
    /// Finds <paramref name="text"/> among the IANA ids, ignoring case; <paramref name="zoneId"/> is its canonical
    /// spelling (<c>europe/berlin</c> gives <c>Europe/Berlin</c>). On failure <paramref name="error"/> says what to type.
    /// </summary>
    public static bool TryResolve(string? text, out string zoneId, out string error)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > 0 && ZoneRules.Find(trimmed) is { } found)
        {
            zoneId = found;
            error = "";
            return true;
        }

        zoneId = "";
        error = trimmed.Length == 0
            ? "A time zone is missing. Use an IANA id like Europe/Berlin or America/New_York."
            : $"'{trimmed}' is not a time zone AllyBot knows. Use an IANA id like Europe/Berlin or America/New_York.";
        return false;
    }

    /// <summary>The canonical id for <paramref name="text"/>; throws <see cref="ArgumentException"/> with the reason otherwise.</summary>
    public static string Require(string? text, string paramName) =>
        TryResolve(text, out var zoneId, out var error) ? zoneId : throw new ArgumentException(error, paramName);
}

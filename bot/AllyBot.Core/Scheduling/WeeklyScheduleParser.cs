namespace AllyBot.Core.Scheduling;

/// <summary>
/// Parses the schedule grammar of <c>/ally schedule</c>: <c>weekly &lt;day&gt;[,&lt;day&gt;...] &lt;HH:mm&gt;</c>
/// (days as mon..sun or ranges like mon-wed) and <c>daily &lt;HH:mm&gt;</c>, which means Monday to Friday.
/// </summary>
public static class WeeklyScheduleParser
{
    private const string Usage = "Use 'weekly thu 14:00', 'weekly mon,thu 09:30' or 'daily 09:00' (Monday to Friday).";

    /// <summary>
    /// Parses <paramref name="text"/> as a schedule in the team zone <paramref name="teamTimeZoneId"/>; on failure
    /// <paramref name="error"/> says what was wrong and what is accepted.
    /// </summary>
    public static bool TryParse(string? text, string? teamTimeZoneId, out WeeklySchedule? schedule, out string error)
    {
        schedule = null;
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kind = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        Weekdays days;
        string? time;
        switch (kind)
        {
            case "daily" when words.Length <= 2:
                days = Weekdays.MondayToFriday;
                time = words.ElementAtOrDefault(1);
                break;
            case "weekly" when words.Length == 2 && words[1].Contains(':', StringComparison.Ordinal):
                error = $"The days are missing. {Usage}";
                return false;
            case "weekly" when words.Length is 2 or 3:
                if (!WeekdayParser.TryParse(words[1], out days, out error))
                {
                    error = $"{error} {Usage}";
                    return false;
                }

                time = words.ElementAtOrDefault(2);
                break;
            case "weekly" when words.Length == 1:
                error = $"The days and time are missing. {Usage}";
                return false;
            default:
                error = $"'{text}' is not a schedule. {Usage}";
                return false;
        }

        if (time is null)
        {
            error = $"The time is missing. {Usage}";
            return false;
        }

        if (!ClockTimeParser.TryParse(time, out var localTime, out error))
        {
            return false;
        }

        if (!TimeZoneIds.TryResolve(teamTimeZoneId, out var zoneId, out error))
        {
            return false;
        }

        schedule = new WeeklySchedule(days, localTime, zoneId);
        error = "";
        return true;
    }
}

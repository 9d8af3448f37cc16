namespace AllyBot.Core.Scheduling;

/// <summary>Parses <c>/ally hours</c>: <c>09:00-17:00</c> (Monday to Friday) or <c>09:00-17:00 mon-fri</c>, <c>08:00-14:00 mon,wed,fri</c>.</summary>
public static class WorkingHoursParser
{
    private const string Usage = "Use a start and end time and optionally days, like '09:00-17:00 mon-fri'.";

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what was wrong.</summary>
    public static bool TryParse(string? text, out WorkingHours? hours, out string error)
    {
        hours = null;
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is 0 or > 2)
        {
            error = $"'{text}' is not working hours. {Usage}";
            return false;
        }

        var times = words[0].Split('-');
        if (times.Length != 2)
        {
            error = $"'{words[0]}' is not a time range. {Usage}";
            return false;
        }

        if (!ClockTimeParser.TryParse(times[0], out var start, out error) || !ClockTimeParser.TryParse(times[1], out var end, out error))
        {
            return false;
        }

        if (end <= start)
        {
            error = $"Working hours must end after they start: {words[0]} does not. Overnight hours are not supported.";
            return false;
        }

        var days = Weekdays.MondayToFriday;
        if (words.Length == 2 && !WeekdayParser.TryParse(words[1], out days, out error))
        {
            error = $"{error} {Usage}";
            return false;
        }

        hours = new WorkingHours(start, end, days);
        error = "";
        return true;
    }
}

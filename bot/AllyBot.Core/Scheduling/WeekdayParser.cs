namespace AllyBot.Core.Scheduling;

/// <summary>
/// Parses day lists people type: <c>thu</c>, <c>mon,thu</c>, <c>mon-fri</c>, <c>sun-thu</c> (a range may wrap past
/// Sunday), full names too, any case.
/// </summary>
internal static class WeekdayParser
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static bool TryParse(string text, out Weekdays days, out string error)
    {
        days = Weekdays.None;
        foreach (var item in text.Split(','))
        {
            var ends = item.Split('-');
            if (ends.Length > 2)
            {
                error = $"'{item}' is not a day range. Use two days joined by '-', like mon-fri.";
                return false;
            }

            if (!TryParseDay(ends[0], out var first, out error))
            {
                return false;
            }

            if (ends.Length == 1)
            {
                days |= first.ToWeekdays();
                continue;
            }

            if (!TryParseDay(ends[1], out var last, out error))
            {
                return false;
            }

            if (first == last)
            {
                error = $"'{item}' starts and ends on the same day. Write the day once, or a range like mon-fri.";
                return false;
            }

            var index = Array.IndexOf(MondayFirst, first);
            while (true)
            {
                var day = MondayFirst[index % 7];
                days |= day.ToWeekdays();
                if (day == last)
                {
                    break;
                }

                index++;
            }
        }

        error = "";
        return true;
    }

    private static bool TryParseDay(string text, out DayOfWeek day, out string error)
    {
        var name = text.Trim();
        DayOfWeek? parsed = name.ToLowerInvariant() switch
        {
            "mon" or "monday" => DayOfWeek.Monday,
            "tue" or "tues" or "tuesday" => DayOfWeek.Tuesday,
            "wed" or "wednesday" => DayOfWeek.Wednesday,
            "thu" or "thur" or "thurs" or "thursday" => DayOfWeek.Thursday,
            "fri" or "friday" => DayOfWeek.Friday,
            "sat" or "saturday" => DayOfWeek.Saturday,
            "sun" or "sunday" => DayOfWeek.Sunday,
            _ => null,
        };
        day = parsed.GetValueOrDefault();
        error = parsed is null
            ? (name.Length == 0 ? "A day is missing. Use mon, tue, wed, thu, fri, sat or sun." : $"'{text}' is not a day. Use mon, tue, wed, thu, fri, sat or sun.")
            : "";
        return parsed is not null;
    }
}

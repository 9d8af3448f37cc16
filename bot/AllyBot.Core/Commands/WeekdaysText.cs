using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Commands;

/// <summary>Days and times in the confirmations of <c>/ally schedule</c> and <c>/ally hours</c>.</summary>
internal static class WeekdaysText
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>"Monday to Friday", "every day", or the days listed: "Monday and Thursday".</summary>
    public static string Describe(Weekdays days)
    {
        if (days == Weekdays.MondayToFriday)
        {
            return "Monday to Friday";
        }

        if (days == Weekdays.All)
        {
            return "every day";
        }

        var names = MondayFirst.Where(d => days.Includes(d)).Select(d => d.ToString()).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }

    /// <summary>24-hour <c>HH:mm</c>.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

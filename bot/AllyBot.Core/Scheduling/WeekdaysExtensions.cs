namespace AllyBot.Core.Scheduling;

/// <summary>Bridges <see cref="Weekdays"/> and <see cref="DayOfWeek"/>.</summary>
public static class WeekdaysExtensions
{
    /// <summary>The flag for one day.</summary>
    public static Weekdays ToWeekdays(this DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Weekdays.Monday,
        DayOfWeek.Tuesday => Weekdays.Tuesday,
        DayOfWeek.Wednesday => Weekdays.Wednesday,
        DayOfWeek.Thursday => Weekdays.Thursday,
        DayOfWeek.Friday => Weekdays.Friday,
        DayOfWeek.Saturday => Weekdays.Saturday,
        DayOfWeek.Sunday => Weekdays.Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    /// <summary>Whether <paramref name="days"/> contains <paramref name="day"/>.</summary>
    public static bool Includes(this Weekdays days, DayOfWeek day) => (days & day.ToWeekdays()) != 0;
}

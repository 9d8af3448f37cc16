namespace AllyBot.Core.Scheduling;

/// <summary>
/// A recurring prompt such as "weekly thu 14:00": a wall-clock time on some weekdays. The time is read in each
/// member's own zone; <see cref="TimeZoneId"/> is the team's zone, used for members whose zone is unknown.
/// </summary>
/// <param name="Days">The weekdays it runs on; at least one.</param>
/// <param name="LocalTime">The member-local wall time, such as 14:00.</param>
/// <param name="TimeZoneId">The team's IANA zone, the fallback for members without one; checked, unknown ids throw.</param>
public sealed record WeeklySchedule(Weekdays Days, TimeOnly LocalTime, string TimeZoneId)
{
    /// <summary>The default "Credit someone" cadence: Thursday 14:00 member-local.</summary>
    public static readonly TimeOnly DefaultCreditTime = new(14, 0);

    /// <summary>The weekdays it runs on; at least one.</summary>
    public Weekdays Days { get; init => field = CheckDays(value); } = CheckDays(Days);

    /// <summary>The team's IANA zone in its canonical spelling.</summary>
    public string TimeZoneId { get; init => field = TimeZoneIds.Require(value, nameof(TimeZoneId)); } = TimeZoneIds.Require(TimeZoneId, nameof(TimeZoneId));

    /// <summary>The weekly "Credit someone" schedule: Thursday 14:00 member-local.</summary>
    public static WeeklySchedule CreditDefault(string teamTimeZoneId) => new(Weekdays.Thursday, DefaultCreditTime, teamTimeZoneId);

    internal static Weekdays CheckDays(Weekdays days, string paramName = nameof(Days)) =>
        days == Weekdays.None || (days & ~Weekdays.All) != 0
            ? throw new ArgumentOutOfRangeException(paramName, days, "Choose at least one day of the week.")
            : days;
}

namespace AllyBot.Core.Scheduling;

/// <summary>Where and when a member can be prompted.</summary>
/// <param name="TimeZoneId">The member's IANA zone (Slack <c>tz</c>, Teams mailbox settings, <c>/ally tz</c>); null means use the team zone. Checked: unknown ids throw.</param>
/// <param name="WorkingHours">When the member may be messaged.</param>
/// <param name="Holidays">The member's days off, member-local dates.</param>
/// <param name="AwayPeriods">The member's away stretches, member-local dates.</param>
public sealed record MemberCalendar(string? TimeZoneId, WorkingHours WorkingHours, IReadOnlyList<Holiday> Holidays, IReadOnlyList<AwayPeriod> AwayPeriods)
{
    /// <summary>The member's IANA zone in its canonical spelling, or null for the team zone.</summary>
    public string? TimeZoneId { get; init => field = Check(value); } = Check(TimeZoneId);

    /// <summary>Default working hours, no holidays, never away.</summary>
    public static MemberCalendar In(string? timeZoneId) => new(timeZoneId, WorkingHours.Default, [], []);

    /// <summary>Whether the member is off all of <paramref name="date"/> (holiday or away), whatever the weekday.</summary>
    public bool IsAbsent(DateOnly date) => Holidays.Any(h => h.Date == date) || AwayPeriods.Any(a => a.Contains(date));

    /// <summary>Whether <paramref name="date"/> is a working day: a working weekday the member is not absent.</summary>
    public bool IsWorkingDay(DateOnly date) => WorkingHours.Days.Includes(date.DayOfWeek) && !IsAbsent(date);

    private static string? Check(string? timeZoneId) =>
        timeZoneId is null ? null : TimeZoneIds.Require(timeZoneId, nameof(TimeZoneId));
}

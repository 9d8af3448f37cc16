using AllyBot.Core.Scheduling;

namespace AllyBot.Core.TeamSettings;

/// <summary>What a member told AllyBot about their time (<c>/ally tz</c>, <c>/ally hours</c>, <c>/ally away</c>).</summary>
/// <param name="TimeZoneId">Their IANA zone; null means the platform's (Slack profile), else the team zone.</param>
/// <param name="WorkingHours">Their working hours; null means <see cref="Scheduling.WorkingHours.Default"/>.</param>
/// <param name="AwayPeriods">Their away stretches, member-local dates.</param>
public sealed record MemberCalendarSettings(string? TimeZoneId, WorkingHours? WorkingHours, IReadOnlyList<AwayPeriod> AwayPeriods)
{
    /// <summary>Nothing set.</summary>
    public static MemberCalendarSettings Default { get; } = new(null, null, []);
}

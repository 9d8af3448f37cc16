using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Core.TeamSettings;

/// <summary>
/// Builds a member's <see cref="MemberCalendar"/>: their own zone (<c>/ally tz</c>), else their platform profile's,
/// else the team zone; their working hours and away periods; and the workspace's holidays.
/// </summary>
public sealed class MemberCalendars(IMemberCalendarStore store)
{
    /// <summary>The calendar of <paramref name="member"/>, whose platform profile zone is <paramref name="platformTimeZoneId"/> (unknown ids are ignored).</summary>
    public async Task<MemberCalendar> LoadAsync(MemberKey member, string? platformTimeZoneId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        var settings = await store.GetAsync(member, cancellationToken).ConfigureAwait(false);
        var holidays = await store.GetHolidaysAsync(member.WorkspaceId, cancellationToken).ConfigureAwait(false);
        var zone = settings.TimeZoneId ?? (TimeZoneIds.TryResolve(platformTimeZoneId, out var platformZone, out _) ? platformZone : null);
        return new MemberCalendar(zone, settings.WorkingHours ?? WorkingHours.Default, holidays, settings.AwayPeriods);
    }
}

using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Ports;

/// <summary>Members' zone, working hours and away periods (by pseudonym), and each workspace's holidays.</summary>
public interface IMemberCalendarStore
{
    /// <summary>The member's calendar settings, or <see cref="MemberCalendarSettings.Default"/>.</summary>
    Task<MemberCalendarSettings> GetAsync(MemberKey member, CancellationToken cancellationToken = default);

    /// <summary>Stores the member's calendar settings.</summary>
    Task SaveAsync(MemberKey member, MemberCalendarSettings settings, CancellationToken cancellationToken = default);

    /// <summary>The workspace's holidays, by date.</summary>
    Task<IReadOnlyList<Holiday>> GetHolidaysAsync(string workspaceId, CancellationToken cancellationToken = default);

    /// <summary>Adds a holiday; false when the workspace already has one on that date.</summary>
    Task<bool> AddHolidayAsync(string workspaceId, Holiday holiday, CancellationToken cancellationToken = default);

    /// <summary>Removes the holiday on <paramref name="holidayDate"/>; false when there was none.</summary>
    Task<bool> RemoveHolidayAsync(string workspaceId, DateOnly holidayDate, CancellationToken cancellationToken = default);

    /// <summary>Deletes the member's calendar settings (<c>/ally forget-me</c>).</summary>
    Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default);
}

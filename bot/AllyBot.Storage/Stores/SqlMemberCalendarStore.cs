using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Core.TeamSettings;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>Members' zones, working hours and away periods (by pseudonym), and workspaces' holidays, in SQLite or PostgreSQL.</summary>
internal sealed class SqlMemberCalendarStore(IStorageConnectionFactory connections) : IMemberCalendarStore
{
    public Task<MemberCalendarSettings> GetAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<MemberCalendarRow>(new CommandDefinition(
                """
                SELECT time_zone_id AS TimeZoneId, work_start AS WorkStart, work_end AS WorkEnd, work_days AS WorkDays, away_periods AS AwayPeriods
                FROM member_calendars
                WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym
                """,
                new { member.WorkspaceId, member.Pseudonym },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                ? new MemberCalendarSettings(
                    row.TimeZoneId,
                    row.WorkStart is { } start && row.WorkEnd is { } end && row.WorkDays is { } days
                        ? new WorkingHours(new TimeOnly(start), new TimeOnly(end), (Weekdays)days)
                        : null,
                    StoredJson.ToAwayPeriods(row.AwayPeriods))
                : MemberCalendarSettings.Default,
            cancellationToken);
    }

    public Task SaveAsync(MemberKey member, MemberCalendarSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(settings);
        var hours = settings.WorkingHours;
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO member_calendars (workspace_id, pseudonym, time_zone_id, work_start, work_end, work_days, away_periods)
                VALUES (@WorkspaceId, @Pseudonym, @TimeZoneId, @WorkStart, @WorkEnd, @WorkDays, @AwayPeriods)
                ON CONFLICT (workspace_id, pseudonym) DO UPDATE SET
                    time_zone_id = excluded.time_zone_id,
                    work_start = excluded.work_start,
                    work_end = excluded.work_end,
                    work_days = excluded.work_days,
                    away_periods = excluded.away_periods
                """,
                new
                {
                    member.WorkspaceId,
                    member.Pseudonym,
                    settings.TimeZoneId,
                    WorkStart = hours?.Start.Ticks,
                    WorkEnd = hours?.End.Ticks,
                    WorkDays = hours is null ? (int?)null : (int)hours.Days,
                    AwayPeriods = StoredJson.FromAwayPeriods(settings.AwayPeriods),
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<IReadOnlyList<Holiday>> GetHolidaysAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return connections.WithConnectionAsync(
            async connection => (IReadOnlyList<Holiday>)[.. (await connection.QueryAsync<HolidayRow>(new CommandDefinition(
                "SELECT holiday_date AS HolidayDate, name AS Name FROM holidays WHERE workspace_id = @workspaceId ORDER BY holiday_date",
                new { workspaceId },
                cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(row => new Holiday(IsoDates.ToDate(row.HolidayDate), row.Name))],
            cancellationToken);
    }

    public Task<bool> AddHolidayAsync(string workspaceId, Holiday holiday, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        ArgumentNullException.ThrowIfNull(holiday);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO holidays (workspace_id, holiday_date, name) VALUES (@workspaceId, @date, @Name)
                ON CONFLICT (workspace_id, holiday_date) DO NOTHING
                """,
                new { workspaceId, date = IsoDates.From(holiday.Date), holiday.Name },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task<bool> RemoveHolidayAsync(string workspaceId, DateOnly holidayDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM holidays WHERE workspace_id = @workspaceId AND holiday_date = @date",
                new { workspaceId, date = IsoDates.From(holidayDate) },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM member_calendars WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym",
                new { member.WorkspaceId, member.Pseudonym },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }
}

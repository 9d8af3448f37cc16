using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>Channels' settings in SQLite or PostgreSQL: credit schedule, digest on/off and facilitators' user ids (a JSON list).</summary>
internal sealed class SqlTeamSettingsStore(IStorageConnectionFactory connections) : ITeamSettingsStore
{
    private const string Columns =
        """
        platform AS Platform, workspace_id AS WorkspaceId, channel_id AS ChannelId, credit_days AS CreditDays,
        credit_time AS CreditTime, credit_zone AS CreditZone, digest_on AS DigestOn, facilitator_ids AS FacilitatorIds
        """;

    public Task<ChannelSettings> GetAsync(ChatAddress channel, CancellationToken cancellationToken = default)
    {
        var key = ChannelSettings.ChannelOnly(channel);
        return connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<ChannelSettingsRow>(new CommandDefinition(
                $"SELECT {Columns} FROM channel_settings WHERE platform = @Platform AND workspace_id = @WorkspaceId AND channel_id = @ChannelId",
                new { Platform = key.Platform.ToString(), key.WorkspaceId, key.ChannelId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                ? ToSettings(row)
                : ChannelSettings.Default(key),
            cancellationToken);
    }

    public Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var schedule = settings.CreditSchedule;
        return connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO channel_settings (platform, workspace_id, channel_id, credit_days, credit_time, credit_zone, digest_on, facilitator_ids)
                VALUES (@Platform, @WorkspaceId, @ChannelId, @CreditDays, @CreditTime, @CreditZone, @DigestOn, @FacilitatorIds)
                ON CONFLICT (platform, workspace_id, channel_id) DO UPDATE SET
                    credit_days = excluded.credit_days,
                    credit_time = excluded.credit_time,
                    credit_zone = excluded.credit_zone,
                    digest_on = excluded.digest_on,
                    facilitator_ids = excluded.facilitator_ids
                """,
                new
                {
                    Platform = settings.Channel.Platform.ToString(),
                    settings.Channel.WorkspaceId,
                    settings.Channel.ChannelId,
                    CreditDays = schedule is null ? (int?)null : (int)schedule.Days,
                    CreditTime = schedule?.LocalTime.Ticks,
                    CreditZone = schedule?.TimeZoneId,
                    settings.DigestOn,
                    FacilitatorIds = StoredJson.FromIds(settings.FacilitatorIds),
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    public Task<IReadOnlyList<ChannelSettings>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        connections.WithConnectionAsync(
            async connection => (IReadOnlyList<ChannelSettings>)[.. (await connection.QueryAsync<ChannelSettingsRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM channel_settings
                WHERE credit_days IS NOT NULL OR digest_on = TRUE
                ORDER BY platform, workspace_id, channel_id
                """,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(ToSettings)],
            cancellationToken);

    private static ChannelSettings ToSettings(ChannelSettingsRow row) => new(
        new ChatAddress(Enum.Parse<ChatPlatform>(row.Platform), row.WorkspaceId, row.ChannelId),
        row.CreditDays is { } days && row.CreditTime is { } time && row.CreditZone is { } zone
            ? new WeeklySchedule((Weekdays)days, new TimeOnly(time), zone)
            : null,
        row.DigestOn,
        StoredJson.ToIds(row.FacilitatorIds));
}

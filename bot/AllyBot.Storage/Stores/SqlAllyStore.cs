using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using AllyBot.Rules.Model;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Members' and workspaces' settings, the nudge log and "not helpful" feedback in a SQL database. Rows hold workspace
/// ids, pseudonyms, rule ids, channel ids and times only, never message text. Registered by
/// <see cref="StorageServiceCollectionExtensions.AddAllyBotStorage"/>.
/// </summary>
public sealed class SqlAllyStore : IMemberSettingsStore, IWorkspaceSettingsStore, INudgeLog, IMemberDataEraser, IFeedbackLog
{
    private readonly IStorageConnectionFactory _connections;

    internal SqlAllyStore(IStorageConnectionFactory connections) => _connections = connections;

    /// <inheritdoc />
    public Task<MemberSettings> GetAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _connections.WithConnectionAsync(
            async connection =>
            {
                var row = await connection.QuerySingleOrDefaultAsync<MemberSettingsRow>(new CommandDefinition(
                    """
                    SELECT snoozed_until AS SnoozedUntil, nudges_off AS NudgesOff, prompts_off AS PromptsOff, counting_off AS CountingOff
                    FROM member_settings
                    WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym
                    """,
                    new { member.WorkspaceId, member.Pseudonym },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return row is null
                    ? MemberSettings.Default
                    : new MemberSettings(
                        row.SnoozedUntil is { } until ? UnixMilliseconds.ToTime(until) : null,
                        row.NudgesOff,
                        row.PromptsOff,
                        row.CountingOff);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveAsync(MemberKey member, MemberSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(settings);
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO member_settings (workspace_id, pseudonym, snoozed_until, nudges_off, prompts_off, counting_off)
                VALUES (@WorkspaceId, @Pseudonym, @SnoozedUntil, @NudgesOff, @PromptsOff, @CountingOff)
                ON CONFLICT (workspace_id, pseudonym) DO UPDATE SET
                    snoozed_until = excluded.snoozed_until,
                    nudges_off = excluded.nudges_off,
                    prompts_off = excluded.prompts_off,
                    counting_off = excluded.counting_off
                """,
                new
                {
                    member.WorkspaceId,
                    member.Pseudonym,
                    SnoozedUntil = settings.SnoozedUntil is { } until ? UnixMilliseconds.From(until) : (long?)null,
                    settings.NudgesOff,
                    settings.PromptsOff,
                    settings.CountingOff,
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<WorkspaceSettings> GetAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return _connections.WithConnectionAsync(
            async connection =>
            {
                var floor = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                    "SELECT severity_floor FROM workspace_settings WHERE workspace_id = @workspaceId",
                    new { workspaceId },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (floor is null)
                {
                    return WorkspaceSettings.Default;
                }

                var channels = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT channel_id FROM workspace_channels_off WHERE workspace_id = @workspaceId",
                    new { workspaceId },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return new WorkspaceSettings(Enum.Parse<Severity>(floor, ignoreCase: true), channels.ToHashSet(StringComparer.Ordinal));
            },
            cancellationToken);
    }

    /// <summary>Stores a workspace's settings, replacing its channels-off list. Not a Core port yet (admin commands will need one).</summary>
    public Task SaveWorkspaceAsync(string workspaceId, WorkspaceSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        ArgumentNullException.ThrowIfNull(settings);
        return _connections.InTransactionAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO workspace_settings (workspace_id, severity_floor) VALUES (@workspaceId, @floor)
                    ON CONFLICT (workspace_id) DO UPDATE SET severity_floor = excluded.severity_floor
                    """,
                    new { workspaceId, floor = settings.SeverityFloor.ToString() },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM workspace_channels_off WHERE workspace_id = @workspaceId",
                    new { workspaceId },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO workspace_channels_off (workspace_id, channel_id) VALUES (@workspaceId, @channelId)",
                    settings.ChannelsOff.Select(channelId => new { workspaceId, channelId }),
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One INSERT ... SELECT ... WHERE NOT EXISTS statement. SQLite runs it under the database's single write lock, so
    /// two concurrent callers record exactly one nudge. (PostgreSQL under READ COMMITTED would need a lock for this.)
    /// </remarks>
    public Task<bool> TryRecordAsync(MemberKey member, string ruleId, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(ruleId);
        return _connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO nudges (workspace_id, pseudonym, rule_id, nudged_at)
                SELECT @WorkspaceId, @Pseudonym, @ruleId, @at
                WHERE NOT EXISTS (
                    SELECT 1 FROM nudges
                    WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym AND rule_id = @ruleId AND nudged_at > @windowStart)
                """,
                new { member.WorkspaceId, member.Pseudonym, ruleId, at = UnixMilliseconds.From(at), windowStart = UnixMilliseconds.From(at - window) },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> CountSinceAsync(MemberKey member, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM nudges WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym AND nudged_at >= @since",
                new { member.WorkspaceId, member.Pseudonym, since = UnixMilliseconds.From(since) },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return _connections.InTransactionAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                """
                DELETE FROM member_settings WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym;
                DELETE FROM nudges WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym;
                """,
                new { member.WorkspaceId, member.Pseudonym },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordNotHelpfulAsync(string workspaceId, string channelId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(ruleId);
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO not_helpful (workspace_id, channel_id, rule_id, pressed_at) VALUES (@workspaceId, @channelId, @ruleId, @at)",
                new { workspaceId, channelId, ruleId, at = UnixMilliseconds.From(at) },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }
}

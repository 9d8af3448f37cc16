using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using AllyBot.Rules.Model;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Dialects;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Members' and workspaces' settings, the nudge log, "not helpful" feedback and installations in a SQL database
/// (SQLite or PostgreSQL: the SQL is shared, the differences are in the provider's <see cref="ISqlDialect"/>). Rows
/// hold workspace ids, pseudonyms, rule ids, channel ids, times and the edges' encrypted installation secrets, never
/// message text. Registered by <see cref="StorageServiceCollectionExtensions.AddAllyBotStorage"/>.
/// </summary>
public sealed class SqlAllyStore : IMemberSettingsStore, IWorkspaceSettingsStore, INudgeLog, IMemberDataEraser, IFeedbackLog, IInstallationStore
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
    /// One INSERT ... SELECT ... WHERE NOT EXISTS statement, run under the dialect's lock for this member and rule.
    /// SQLite runs it under the database's single write lock; PostgreSQL (READ COMMITTED, where two transactions could
    /// both see "no nudge yet") first takes a transaction advisory lock on the member and rule. Either way concurrent
    /// callers, in one process or in several instances, record exactly one nudge. When nothing was inserted, a second
    /// statement under the same lock asks whether the record in the window is this message's own.
    /// </remarks>
    public Task<bool> TryRecordAsync(MemberKey member, string ruleId, string messageRef, DateTimeOffset at, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(messageRef);
        var parameters = new { member.WorkspaceId, member.Pseudonym, ruleId, messageRef, at = UnixMilliseconds.From(at), windowStart = UnixMilliseconds.From(at - window) };
        var lockKey = string.Join('\0', "nudge", member.WorkspaceId, member.Pseudonym, ruleId);
        return _connections.WithConnectionAsync(
            connection => _connections.Dialect.ExclusiveAsync(
                connection,
                lockKey,
                async transaction =>
                {
                    var inserted = await connection.ExecuteAsync(new CommandDefinition(
                        """
                        INSERT INTO nudges (workspace_id, pseudonym, rule_id, nudged_at, message_ref)
                        SELECT @WorkspaceId, @Pseudonym, @ruleId, @at, @messageRef
                        WHERE NOT EXISTS (
                            SELECT 1 FROM nudges
                            WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym AND rule_id = @ruleId AND nudged_at > @windowStart)
                        """,
                        parameters,
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    return inserted == 1 || await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                        """
                        SELECT EXISTS (
                            SELECT 1 FROM nudges
                            WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym AND rule_id = @ruleId AND nudged_at > @windowStart
                              AND message_ref = @messageRef)
                        """,
                        parameters,
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                },
                cancellationToken),
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
                DELETE FROM sent_nudges WHERE workspace_id = @WorkspaceId AND pseudonym = @Pseudonym;
                """,
                new { member.WorkspaceId, member.Pseudonym },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> RecordNotHelpfulAsync(string workspaceId, string channelId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(ruleId);
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "INSERT INTO not_helpful (workspace_id, channel_id, rule_id, pressed_at) VALUES (@workspaceId, @channelId, @ruleId, @at) RETURNING id",
                new { workspaceId, channelId, ruleId, at = UnixMilliseconds.From(at) },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> RecordReasonAsync(string workspaceId, IReadOnlyList<long> feedbackIds, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        ArgumentNullException.ThrowIfNull(feedbackIds);
        ArgumentNullException.ThrowIfNull(reason);
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE not_helpful SET reason = @reason WHERE workspace_id = @workspaceId AND id = @id AND reason IS NULL",
                feedbackIds.Distinct().Select(id => new { workspaceId, id, reason }),
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Saving again for the same platform and workspace (a reinstall) replaces the secret and the time.</remarks>
    public Task SaveAsync(Installation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(installation.WorkspaceId, nameof(installation));
        ArgumentNullException.ThrowIfNull(installation.Secret, nameof(installation));
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO installations (platform, workspace_id, secret, installed_at)
                VALUES (@platform, @WorkspaceId, @Secret, @installedAt)
                ON CONFLICT (platform, workspace_id) DO UPDATE SET
                    secret = excluded.secret,
                    installed_at = excluded.installed_at
                """,
                new
                {
                    platform = installation.Platform.ToString(),
                    installation.WorkspaceId,
                    installation.Secret,
                    installedAt = UnixMilliseconds.From(installation.InstalledAt),
                },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Installation?> GetAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return _connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<InstallationRow>(new CommandDefinition(
                """
                SELECT secret AS Secret, installed_at AS InstalledAt
                FROM installations
                WHERE platform = @platform AND workspace_id = @workspaceId
                """,
                new { platform = platform.ToString(), workspaceId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                ? new Installation(platform, workspaceId, row.Secret ?? [], UnixMilliseconds.ToTime(row.InstalledAt))
                : null,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return _connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM installations WHERE platform = @platform AND workspace_id = @workspaceId",
                new { platform = platform.ToString(), workspaceId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) > 0,
            cancellationToken);
    }
}

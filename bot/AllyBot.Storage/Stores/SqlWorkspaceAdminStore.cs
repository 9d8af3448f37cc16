using System.Data.Common;
using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Stores;

/// <summary>
/// Workspace admin configuration, the database-wide change sequence and the audit log (see migration 0006). Saves
/// are compare-and-swap on the workspace's version; the sequence row is bumped inside the saving transaction and
/// stays locked until it commits, so sequence numbers become visible in order and a poller never skips a change.
/// The floor and channels off are mirrored into the workspace settings, the Azure AI Language switches into
/// <c>workspace_language</c> (migration 0007), in the same transaction.
/// </summary>
public sealed class SqlWorkspaceAdminStore : IWorkspaceAdminStore
{
    private readonly IStorageConnectionFactory _connections;

    internal SqlWorkspaceAdminStore(IStorageConnectionFactory connections) => _connections = connections;

    /// <inheritdoc />
    public Task<WorkspaceAdminConfig> GetAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return _connections.WithConnectionAsync(
            async connection => await connection.QuerySingleOrDefaultAsync<WorkspaceAdminRow>(new CommandDefinition(
                "SELECT version AS Version, config AS Config FROM workspace_admin WHERE workspace_id = @workspaceId",
                new { workspaceId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                ? StoredAdminConfig.Deserialize(row.Config, row.Version)
                : WorkspaceAdminConfig.Empty,
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long?> TrySaveAsync(string workspaceId, WorkspaceAdminConfig current, WorkspaceAdminConfig updated, AdminChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(change);
        return await _connections.InTransactionAsync(
                async (connection, transaction) =>
                {
                    var saved = await connection.ExecuteAsync(new CommandDefinition(
                        current.Version == 0
                            ? """
                              INSERT INTO workspace_admin (workspace_id, version, sequence, config) VALUES (@workspaceId, 1, 0, @config)
                              ON CONFLICT (workspace_id) DO NOTHING
                              """
                            : """
                              UPDATE workspace_admin SET version = version + 1, config = @config
                              WHERE workspace_id = @workspaceId AND version = @version
                              """,
                        new { workspaceId, version = current.Version, config = StoredAdminConfig.Serialize(updated) },
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (saved == 0)
                    {
                        return (long?)null;
                    }

                    var sequence = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        """
                        INSERT INTO admin_sequence (id, sequence) VALUES (1, 1)
                        ON CONFLICT (id) DO UPDATE SET sequence = admin_sequence.sequence + 1
                        RETURNING sequence
                        """,
                        transaction: transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE workspace_admin SET sequence = @sequence WHERE workspace_id = @workspaceId",
                        new { workspaceId, sequence },
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    await MirrorWorkspaceSettingsAsync(connection, transaction, workspaceId, updated, cancellationToken).ConfigureAwait(false);
                    if (change.Undoes is { } undone)
                    {
                        await connection.ExecuteAsync(new CommandDefinition(
                            "UPDATE admin_audit SET undone = @yes WHERE id = @undone AND workspace_id = @workspaceId",
                            new { undone, workspaceId, yes = true },
                            transaction,
                            cancellationToken: cancellationToken)).ConfigureAwait(false);
                    }

                    return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        """
                        INSERT INTO admin_audit (workspace_id, actor_id, action, changed_at, config_before, undoes, undone)
                        VALUES (@workspaceId, @ActorId, @Action, @at, @before, @Undoes, @no)
                        RETURNING id
                        """,
                        new { workspaceId, change.ActorId, change.Action, at = UnixMilliseconds.From(change.At), before = StoredAdminConfig.Serialize(current), change.Undoes, no = false },
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                },
                cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            connection => connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COALESCE(MAX(sequence), 0) FROM admin_sequence", cancellationToken: cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<AdminConfigChanges> ChangedSinceAsync(long sequence, CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            async connection =>
            {
                var rows = (await connection.QueryAsync<WorkspaceAdminRow>(new CommandDefinition(
                    "SELECT workspace_id AS WorkspaceId, version AS Version, sequence AS Sequence, config AS Config FROM workspace_admin WHERE sequence > @sequence",
                    new { sequence },
                    cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
                return new AdminConfigChanges(
                    rows.Count == 0 ? sequence : rows.Max(r => r.Sequence),
                    rows.ToDictionary(r => r.WorkspaceId, r => StoredAdminConfig.Deserialize(r.Config, r.Version), StringComparer.Ordinal));
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AdminAuditEntry>> HistoryAsync(string workspaceId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        return _connections.WithConnectionAsync<IReadOnlyList<AdminAuditEntry>>(
            async connection => [.. (await connection.QueryAsync<AdminAuditRow>(new CommandDefinition(
                    """
                    SELECT id AS Id, actor_id AS ActorId, action AS Action, changed_at AS ChangedAt, config_before AS ConfigBefore, undoes AS Undoes, undone AS Undone
                    FROM admin_audit WHERE workspace_id = @workspaceId ORDER BY id DESC LIMIT @count
                    """,
                    new { workspaceId, count },
                    cancellationToken: cancellationToken)).ConfigureAwait(false))
                .Select(r => new AdminAuditEntry(
                    r.Id,
                    new AdminChange(r.ActorId, r.Action, UnixMilliseconds.ToTime(r.ChangedAt), r.Undoes),
                    StoredAdminConfig.Deserialize(r.ConfigBefore, 0),
                    r.Undone))],
            cancellationToken);
    }

    private static async Task MirrorWorkspaceSettingsAsync(DbConnection connection, DbTransaction transaction, string workspaceId, WorkspaceAdminConfig config, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO workspace_settings (workspace_id, severity_floor) VALUES (@workspaceId, @floor)
            ON CONFLICT (workspace_id) DO UPDATE SET severity_floor = excluded.severity_floor
            """,
            new { workspaceId, floor = config.SeverityFloor.ToString() },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM workspace_channels_off WHERE workspace_id = @workspaceId",
            new { workspaceId },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO workspace_channels_off (workspace_id, channel_id) VALUES (@workspaceId, @channelId)",
            config.ChannelsOff.Select(channelId => new { workspaceId, channelId }),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO workspace_language (workspace_id, enrichment_on, pii_redaction_on, classifier_project, classifier_deployment, classifier_multilabel)
            VALUES (@workspaceId, @enrichment, @pii, NULL, NULL, @no)
            ON CONFLICT (workspace_id) DO UPDATE SET enrichment_on = excluded.enrichment_on, pii_redaction_on = excluded.pii_redaction_on
            """,
            new { workspaceId, enrichment = config.LanguageEnrichmentOn, pii = config.PiiRedactionOn, no = false },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}

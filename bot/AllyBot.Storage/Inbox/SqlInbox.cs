using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;
using Dapper;

namespace AllyBot.Storage.Inbox;

/// <summary>
/// The durable inbox in SQLite or PostgreSQL. SQLite runs writing statements one at a time; on PostgreSQL a claim
/// locks the rows it picks with FOR UPDATE SKIP LOCKED, so concurrent claimers pass each other by. Either way two
/// workers (or instances on one database) never claim the same entry. The payload, the only message text stored, is
/// set to NULL as soon as the entry is done or dropped. Registered by
/// <see cref="StorageServiceCollectionExtensions.AddAllyBotStorage"/>.
/// </summary>
public sealed partial class SqlInbox : IInbox, IAsyncDisposable, IDisposable
{
    /// <summary>After this many failed attempts an entry is dropped, with its text.</summary>
    public const int MaxAttempts = 5;

    private readonly IStorageConnectionFactory _connections;

    /// <summary>Group commits on a kept connection, where one writer at a time is all there is (SQLite); else null.</summary>
    private readonly HeldInboxInserter? _heldInserter;

    internal SqlInbox(IStorageConnectionFactory connections)
    {
        _connections = connections;
        _heldInserter = connections.Gate.AdmitsOne ? new HeldInboxInserter(connections, InsertSql) : null;
    }

    /// <summary>Closes the connection kept for group commits (if any).</summary>
    public ValueTask DisposeAsync() => _heldInserter?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose() => _heldInserter?.Dispose();

    /// <inheritdoc />
    public Task<bool> EnqueueAsync(string dedupeKey, string kind, string payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dedupeKey);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(payload);
        return _connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO inbox (dedupe_key, kind, payload, received_at, due_at, attempts, done)
                VALUES (@dedupeKey, @kind, @payload, @receivedAt, @receivedAt, 0, FALSE)
                ON CONFLICT (dedupe_key) DO NOTHING
                """,
                new { dedupeKey, kind, payload, receivedAt = UnixMilliseconds.From(receivedAt) },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A lease that expired means the worker holding it died or hung: that counts as a failed attempt, so an entry
    /// that kills its worker is dropped after <see cref="MaxAttempts"/> like any other failing entry.
    /// </remarks>
    public Task<InboxEntry?> ClaimNextAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var parameters = new
        {
            owner,
            now = UnixMilliseconds.From(now),
            leaseUntil = UnixMilliseconds.From(now + lease),
            maxAttempts = MaxAttempts,
        };
        var skipLocked = _connections.Dialect.SkipLockedRows;
        var byIdOnly = _connections.Dialect.ByIdOnly;
        return _connections.WithConnectionAsync(
            async connection =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"""
                    UPDATE inbox {byIdOnly}
                    SET done = TRUE, payload = NULL, lease_owner = NULL, lease_until = NULL
                    WHERE id IN (
                            SELECT id FROM inbox
                            WHERE done = FALSE AND lease_until <= @now AND attempts + 1 >= @maxAttempts
                            {skipLocked})
                      AND done = FALSE AND lease_until <= @now AND attempts + 1 >= @maxAttempts
                    """,
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);

                // The sub-select picks and (on PostgreSQL) locks one row, skipping rows other claimers hold. The
                // conditions are repeated outside it so that the statement stays correct wherever a row is re-checked
                // after waiting for another writer.
                return await connection.QuerySingleOrDefaultAsync<InboxEntryRow>(new CommandDefinition(
                    $"""
                    UPDATE inbox {byIdOnly}
                    SET lease_owner = @owner,
                        lease_until = @leaseUntil,
                        attempts = attempts + CASE WHEN lease_until IS NULL THEN 0 ELSE 1 END
                    WHERE id = (
                            SELECT id FROM inbox
                            WHERE done = FALSE AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                            ORDER BY received_at, id
                            LIMIT 1
                            {skipLocked})
                      AND done = FALSE AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                    RETURNING id AS Id, dedupe_key AS DedupeKey, kind AS Kind, payload AS Payload, attempts AS Attempts, received_at AS ReceivedAt, due_at AS DueAt
                    """,
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                    ? row.ToEntry()
                    : null;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task CompleteAsync(long id, CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE inbox SET done = TRUE, payload = NULL, lease_owner = NULL, lease_until = NULL WHERE id = @id",
                new { id },
                cancellationToken: cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    /// <remarks>The <see cref="MaxAttempts"/>th failure drops the entry: done, payload NULL.</remarks>
    public Task ReleaseAsync(long id, DateTimeOffset retryAt, CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE inbox
                SET attempts = attempts + 1,
                    lease_owner = NULL,
                    lease_until = NULL,
                    due_at = @retryAt,
                    done = CASE WHEN attempts + 1 >= @maxAttempts THEN TRUE ELSE FALSE END,
                    payload = CASE WHEN attempts + 1 >= @maxAttempts THEN NULL ELSE payload END
                WHERE id = @id AND done = FALSE
                """,
                new { id, retryAt = UnixMilliseconds.From(retryAt), maxAttempts = MaxAttempts },
                cancellationToken: cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            connection => connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM inbox WHERE done = FALSE", cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>
    /// Deletes done (and dropped) entries received before <paramref name="olderThan"/>. Until then their dedupe keys
    /// keep late retries of the same delivery out; their text is already gone. Then, on SQLite, checkpoints and
    /// truncates the write-ahead log, which still holds older copies of pages, so that no deleted text stays on disk
    /// (on PostgreSQL autovacuum reclaims the old row versions).
    /// </summary>
    /// <returns>How many entries were deleted.</returns>
    public Task<int> PurgeCompletedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            async connection =>
            {
                var purged = await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM inbox WHERE done = TRUE AND received_at < @cutoff",
                    new { cutoff = UnixMilliseconds.From(olderThan) },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                await _connections.Dialect.AfterPurgeAsync(connection, cancellationToken).ConfigureAwait(false);
                return purged;
            },
            cancellationToken);
}

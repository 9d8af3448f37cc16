using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;
using Dapper;

namespace AllyBot.Storage.Inbox;

/// <summary>
/// The durable inbox in SQLite. Every change is one statement, and SQLite runs writing statements one at a time, so
/// two workers (or instances on one file) never claim the same entry. The payload, the only message text stored, is
/// set to NULL as soon as the entry is done or dropped. Registered by <see cref="StorageServiceCollectionExtensions.AddAllyBotStorage"/>.
/// </summary>
public sealed class SqliteInbox : IInbox
{
    /// <summary>After this many failed attempts an entry is dropped, with its text.</summary>
    public const int MaxAttempts = 5;

    private readonly IStorageConnectionFactory _connections;

    internal SqliteInbox(IStorageConnectionFactory connections) => _connections = connections;

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
        return _connections.WithConnectionAsync(
            async connection =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE inbox
                    SET done = TRUE, payload = NULL, lease_owner = NULL, lease_until = NULL
                    WHERE done = FALSE AND lease_until <= @now AND attempts + 1 >= @maxAttempts
                    """,
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);

                // The conditions are repeated outside the sub-select so that the statement stays correct on a database
                // that re-checks a row after waiting for another writer (PostgreSQL would add FOR UPDATE SKIP LOCKED).
                return await connection.QuerySingleOrDefaultAsync<InboxEntryRow>(new CommandDefinition(
                    """
                    UPDATE inbox
                    SET lease_owner = @owner,
                        lease_until = @leaseUntil,
                        attempts = attempts + CASE WHEN lease_until IS NULL THEN 0 ELSE 1 END
                    WHERE id = (
                            SELECT id FROM inbox
                            WHERE done = FALSE AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                            ORDER BY received_at, id
                            LIMIT 1)
                      AND done = FALSE AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                    RETURNING id AS Id, dedupe_key AS DedupeKey, kind AS Kind, payload AS Payload, attempts AS Attempts
                    """,
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false) is { } row
                    ? new InboxEntry(row.Id, row.DedupeKey, row.Kind, row.Payload ?? "", (int)row.Attempts)
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
    /// keep late retries of the same delivery out; their text is already gone. Then checkpoints and truncates the
    /// write-ahead log, which still holds older copies of pages, so that no deleted text stays on disk.
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
                await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken)).ConfigureAwait(false);
                return purged;
            },
            cancellationToken);
}

using AllyBot.Core.Outbox;
using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;
using Dapper;

namespace AllyBot.Storage.Outbox;

/// <summary>
/// The durable outbox in SQLite or PostgreSQL (table <c>outbox</c>). Like <see cref="Inbox.SqlInbox"/>, a claim is one
/// statement whose sub-select locks the rows it picks with FOR UPDATE SKIP LOCKED on PostgreSQL (SQLite runs writes one
/// at a time), so two instances never claim the same row. Every change after the claim checks the lease owner, so a
/// worker whose lease was taken over cannot mark a row twice. The payload is set to NULL once sent or dead.
/// </summary>
public sealed class SqlOutbox : IOutbox
{
    private const string Pending = "pending";
    private const string Sent = "sent";
    private const string Dead = "dead";

    private readonly IStorageConnectionFactory _connections;

    internal SqlOutbox(IStorageConnectionFactory connections) => _connections = connections;

    /// <inheritdoc />
    public Task<bool> EnqueueAsync(string dedupeKey, string kind, string platform, string payload, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentNullException.ThrowIfNull(payload);
        return _connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO outbox (dedupe_key, kind, platform, payload, created_at, due_at, attempts, status)
                VALUES (@dedupeKey, @kind, @platform, @payload, @now, @now, 0, 'pending')
                ON CONFLICT (dedupe_key) DO NOTHING
                """,
                new { dedupeKey, kind, platform, payload, now = UnixMilliseconds.From(now) },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var parameters = new { owner, now = UnixMilliseconds.From(now), leaseUntil = UnixMilliseconds.From(now + lease), max };
        var skipLocked = _connections.Dialect.SkipLockedRows;
        var byIdOnly = _connections.Dialect.ByIdOnly;
        return _connections.WithConnectionAsync<IReadOnlyList<OutboxEntry>>(
            async connection =>
            {
                // Conditions are repeated outside the sub-select so the statement stays right wherever PostgreSQL
                // re-checks a row after waiting for another writer.
                var rows = await connection.QueryAsync<ClaimedRow>(new CommandDefinition(
                    $"""
                    UPDATE outbox {byIdOnly}
                    SET lease_owner = @owner,
                        lease_until = @leaseUntil,
                        attempts = attempts + CASE WHEN lease_until IS NULL THEN 0 ELSE 1 END
                    WHERE id IN (
                            SELECT id FROM outbox
                            WHERE status = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                            ORDER BY due_at, id
                            LIMIT @max
                            {skipLocked})
                      AND status = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                    RETURNING id AS Id, kind AS Kind, platform AS Platform, payload AS Payload, attempts AS Attempts, created_at AS CreatedAt
                    """,
                    parameters,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return [.. rows
                    .OrderBy(row => row.CreatedAt)
                    .ThenBy(row => row.Id)
                    .Select(row => new OutboxEntry(row.Id, row.Kind, row.Platform, row.Payload ?? "", (int)row.Attempts, UnixMilliseconds.ToTime(row.CreatedAt)))];
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> MarkSentAsync(long id, string owner, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        FinishAsync(id, owner, Sent, now, error: null, cancellationToken);

    /// <inheritdoc />
    public Task DeadLetterAsync(long id, string owner, DateTimeOffset now, string errorCode, CancellationToken cancellationToken = default) =>
        FinishAsync(id, owner, Dead, now, errorCode, cancellationToken);

    /// <inheritdoc />
    public Task RetryLaterAsync(long id, string owner, DateTimeOffset retryAt, string errorCode, bool countsAsAttempt = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE outbox
                SET attempts = attempts + @increment, due_at = @retryAt, lease_owner = NULL, lease_until = NULL, last_error = @error
                WHERE id = @id AND lease_owner = @owner AND status = 'pending'
                """,
                new { id, owner, retryAt = UnixMilliseconds.From(retryAt), error = errorCode, increment = countsAsAttempt ? 1 : 0 },
                cancellationToken: cancellationToken)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UnclaimAsync(string owner, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult(0);
        }

        return _connections.InTransactionAsync(
            async (connection, transaction) =>
            {
                var unclaimed = 0;
                foreach (var id in ids)
                {
                    unclaimed += await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner AND status = 'pending'",
                        new { id, owner },
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                }

                return unclaimed;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> PurgeFinishedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM outbox WHERE status <> 'pending' AND finished_at < @cutoff",
                new { cutoff = UnixMilliseconds.From(olderThan) },
                cancellationToken: cancellationToken)),
            cancellationToken);

    /// <inheritdoc />
    public Task<OutboxCounts> CountAsync(CancellationToken cancellationToken = default) =>
        _connections.WithConnectionAsync(
            async connection =>
            {
                var counts = (await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
                    "SELECT status, COUNT(*) FROM outbox GROUP BY status", cancellationToken: cancellationToken)).ConfigureAwait(false))
                    .ToDictionary(c => c.Status, c => (int)c.Count);
                return new OutboxCounts(counts.GetValueOrDefault(Pending), counts.GetValueOrDefault(Sent), counts.GetValueOrDefault(Dead));
            },
            cancellationToken);

    private Task<bool> FinishAsync(long id, string owner, string status, DateTimeOffset now, string? error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return _connections.WithConnectionAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE outbox
                SET status = @status, payload = NULL, lease_owner = NULL, lease_until = NULL,
                    finished_at = @now, last_error = COALESCE(@error, last_error)
                WHERE id = @id AND lease_owner = @owner AND status = 'pending'
                """,
                new { id, owner, status, now = UnixMilliseconds.From(now), error },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    /// <summary>A claimed row.</summary>
    private sealed class ClaimedRow
    {
        public long Id { get; init; }

        public string Kind { get; init; } = "";

        public string Platform { get; init; } = "";

        public string? Payload { get; init; }

        public long Attempts { get; init; }

        public long CreatedAt { get; init; }
    }
}

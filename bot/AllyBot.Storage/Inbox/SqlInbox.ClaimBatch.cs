using System.Data.Common;
using AllyBot.Core.Inbox;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;
using Dapper;

namespace AllyBot.Storage.Inbox;

/// <summary>Claiming several entries at once, commands and buttons first, and giving back the ones a worker did not start.</summary>
public sealed partial class SqlInbox
{
    /// <summary>
    /// The interactive lane: commands and button presses, which someone is waiting on. Written exactly as in the
    /// partial index <c>ix_inbox_interactive</c> (migration 0011), so that SQLite can use it.
    /// </summary>
    internal const string InteractiveLane = $"AND kind IN ('{InboxKinds.Command}', '{InboxKinds.Button}')";

    /// <inheritdoc />
    /// <remarks>
    /// The same rules as <see cref="ClaimNextAsync"/> (expired leases count as an attempt, entries past
    /// <see cref="MaxAttempts"/> are dropped first), but a few statements for up to <paramref name="max"/> entries, so a
    /// busy worker takes SQLite's write lock far less often: the interactive lane first, then the rest, oldest first.
    /// </remarks>
    public Task<IReadOnlyList<InboxEntry>> ClaimBatchAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        object Parameters(int limit) => new
        {
            owner,
            now = UnixMilliseconds.From(now),
            leaseUntil = UnixMilliseconds.From(now + lease),
            maxAttempts = MaxAttempts,
            max = limit,
        };

        var skipLocked = _connections.Dialect.SkipLockedRows;
        var byIdOnly = _connections.Dialect.ByIdOnly;
        return _connections.WithConnectionAsync<IReadOnlyList<InboxEntry>>(
            async connection =>
            {
                await DropExhaustedAsync(connection, Parameters(max), skipLocked, byIdOnly, cancellationToken).ConfigureAwait(false);
                var interactive = await ClaimLaneAsync(connection, Parameters(max), LaneSelect(_connections.Dialect.InteractiveLaneIndex, InteractiveLane, skipLocked), cancellationToken).ConfigureAwait(false);
                var rest = interactive.Count < max
                    ? await ClaimLaneAsync(connection, Parameters(max - interactive.Count), LaneSelect("", "", skipLocked), cancellationToken).ConfigureAwait(false)
                    : [];
                return [.. interactive, .. rest];
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UnclaimAsync(string owner, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult(0);
        }

        // One statement per id keeps the SQL the same on both providers (no array parameters); they are few.
        return _connections.InTransactionAsync(
            async (connection, transaction) =>
            {
                var unclaimed = 0;
                foreach (var id in ids)
                {
                    unclaimed += await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE inbox SET lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner AND done = FALSE",
                        new { id, owner },
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                }

                return unclaimed;
            },
            cancellationToken);
    }

    /// <summary>Claims the entries <paramref name="laneSelect"/> picks (see <see cref="LaneSelect"/>), oldest first.</summary>
    private async Task<List<InboxEntry>> ClaimLaneAsync(DbConnection connection, object parameters, string laneSelect, CancellationToken cancellationToken)
    {
        var byIdOnly = _connections.Dialect.ByIdOnly;

        // The sub-select picks (and on PostgreSQL locks, skipping rows other claimers hold) the oldest due entries; the
        // conditions are repeated outside it so that the statement stays correct wherever a row is re-checked.
        var rows = await connection.QueryAsync<InboxEntryRow>(new CommandDefinition(
            $"""
            UPDATE inbox {byIdOnly}
            SET lease_owner = @owner,
                lease_until = @leaseUntil,
                attempts = attempts + CASE WHEN lease_until IS NULL THEN 0 ELSE 1 END
            WHERE id IN ({laneSelect})
              AND done = FALSE AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            RETURNING id AS Id, dedupe_key AS DedupeKey, kind AS Kind, payload AS Payload, attempts AS Attempts, received_at AS ReceivedAt, due_at AS DueAt
            """,
            parameters,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows
            .OrderBy(row => row.ReceivedAt)
            .ThenBy(row => row.Id)
            .Select(row => row.ToEntry())];
    }

    /// <summary>
    /// The oldest due, unleased entries of a lane, at most <c>@max</c>: <paramref name="lane"/> is a filter (empty for
    /// all), <paramref name="indexHint"/> the provider's hint for it, <paramref name="skipLocked"/> its row-locking clause.
    /// </summary>
    internal static string LaneSelect(string indexHint, string lane, string skipLocked) => $"""
        SELECT id FROM inbox {indexHint}
        WHERE done = FALSE {lane} AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
        ORDER BY received_at, id
        LIMIT @max
        {skipLocked}
        """;

    private static Task<int> DropExhaustedAsync(DbConnection connection, object parameters, string skipLocked, string byIdOnly, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
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
            cancellationToken: cancellationToken));
}

using System.Data.Common;
using AllyBot.Core.Inbox;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Inbox;

/// <summary>The group-commit insert: many arrivals, one transaction, one commit.</summary>
public sealed partial class SqlInbox
{
    private const string InsertSql = """
        INSERT INTO inbox (dedupe_key, kind, payload, received_at, due_at, attempts, done)
        VALUES (@dedupeKey, @kind, @payload, @receivedAt, @receivedAt, 0, FALSE)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    /// <inheritdoc />
    /// <remarks>
    /// On PostgreSQL the inserts go to the server as one batch (one round trip) from the pool; on SQLite one statement,
    /// prepared once on a connection kept for it (<see cref="HeldInboxInserter"/>), runs once per arrival inside the
    /// transaction. Either way the transaction commits once for the whole list.
    /// Rows are inserted in ordinal key order, not list order: an insert whose key another open transaction holds waits
    /// for it, so two instances committing the same duplicated deliveries in opposite orders would deadlock. Taking
    /// keys in one global order makes every such wait point the same way. Workers claim by arrival time anyway.
    /// </remarks>
    public Task<IReadOnlyList<bool>> EnqueueManyAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arrivals);
        foreach (var arrival in arrivals)
        {
            ArgumentNullException.ThrowIfNull(arrival, nameof(arrivals));
        }

        if (arrivals.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<bool>>([]);
        }

        return EnqueueInKeyOrderAsync(arrivals, cancellationToken);
    }

    private async Task<IReadOnlyList<bool>> EnqueueInKeyOrderAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken)
    {
        // A stable sort: of two arrivals with one key, the first in the list still wins.
        var order = Enumerable.Range(0, arrivals.Count).OrderBy(i => arrivals[i].DedupeKey, StringComparer.Ordinal).ToArray();
        var sorted = Array.ConvertAll(order, i => arrivals[i]);
        var acceptedSorted = _heldInserter is { } held
            ? await _connections.Gate.RunAsync(() => held.InsertAsync(sorted, cancellationToken), cancellationToken).ConfigureAwait(false)
            : await _connections.InTransactionAsync(
                (connection, transaction) => InsertAsBatchAsync(connection, transaction, sorted, cancellationToken),
                cancellationToken).ConfigureAwait(false);

        var accepted = new bool[arrivals.Count];
        for (var i = 0; i < order.Length; i++)
        {
            accepted[order[i]] = acceptedSorted[i];
        }

        return accepted;
    }

    private static async Task<bool[]> InsertAsBatchAsync(DbConnection connection, DbTransaction transaction, InboxArrival[] arrivals, CancellationToken cancellationToken)
    {
        var batch = connection.CreateBatch();
        await using (batch.ConfigureAwait(false))
        {
            batch.Transaction = transaction;
            foreach (var arrival in arrivals)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = InsertSql;
                AddParameter(command.Parameters, command.CreateParameter(), "dedupeKey").Value = arrival.DedupeKey;
                AddParameter(command.Parameters, command.CreateParameter(), "kind").Value = arrival.Kind;
                AddParameter(command.Parameters, command.CreateParameter(), "payload").Value = arrival.Payload;
                AddParameter(command.Parameters, command.CreateParameter(), "receivedAt").Value = UnixMilliseconds.From(arrival.ReceivedAt);
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            var accepted = new bool[arrivals.Length];
            for (var i = 0; i < accepted.Length; i++)
            {
                accepted[i] = batch.BatchCommands[i].RecordsAffected == 1;
            }

            return accepted;
        }
    }

    private static DbParameter AddParameter(DbParameterCollection parameters, DbParameter parameter, string name)
    {
        parameter.ParameterName = name;
        parameters.Add(parameter);
        return parameter;
    }
}

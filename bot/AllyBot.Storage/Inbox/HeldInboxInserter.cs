using System.Data;
using System.Data.Common;
using AllyBot.Core.Inbox;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Inbox;

/// <summary>
/// Group commits for a single-writer database (SQLite) on one connection kept open, with the insert prepared once:
/// opening a pooled connection and compiling the statement again for every batch cost more than the rows themselves
/// when batches are small. The connection is dropped after any failure and opened again by the next batch.
/// Callers hold the provider's <see cref="ConnectionGate"/>; the inserter also admits one batch at a time itself.
/// </summary>
/// <param name="connections">Opens the kept connection.</param>
/// <param name="insertSql">The insert of one arrival (parameters dedupeKey, kind, payload, receivedAt), answering 1 row when the key was new.</param>
internal sealed class HeldInboxInserter(IStorageConnectionFactory connections, string insertSql) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _inUse = new(1, 1);
    private DbConnection? _connection;
    private PreparedInsert? _insert;
    private bool _disposed;

    /// <summary>Inserts <paramref name="arrivals"/> in one transaction; for each, whether its key was new.</summary>
    /// <exception cref="ObjectDisposedException">The inserter was disposed (the host is stopping).</exception>
    public async Task<bool[]> InsertAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken)
    {
        await _inUse.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return await InsertInTransactionAsync(arrivals, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // Whatever broke (disk full, a lost file handle), the next batch starts on a fresh connection.
                await DropConnectionAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            _inUse.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _inUse.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            await DropConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            _inUse.Release();
        }
    }

    public void Dispose()
    {
        _inUse.Wait();
        try
        {
            _disposed = true;
            _insert?.Dispose();
            _insert = null;
            _connection?.Dispose();
            _connection = null;
        }
        finally
        {
            _inUse.Release();
        }
    }

    private async Task<bool[]> InsertInTransactionAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken)
    {
        _connection ??= await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        _insert ??= PreparedInsert.Create(_connection, insertSql);
        var transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var accepted = await _insert.RunAsync(transaction, arrivals, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return accepted;
        }
    }

    private async Task DropConnectionAsync()
    {
        if (_insert is { } insert)
        {
            await insert.DisposeAsync().ConfigureAwait(false);
            _insert = null;
        }

        if (_connection is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    /// <summary>The insert statement, compiled once, with its four parameters.</summary>
    private sealed class PreparedInsert : IAsyncDisposable, IDisposable
    {
        private readonly DbCommand _command;
        private readonly DbParameter _dedupeKey;
        private readonly DbParameter _kind;
        private readonly DbParameter _payload;
        private readonly DbParameter _receivedAt;

        private PreparedInsert(DbCommand command)
        {
            _command = command;
            _dedupeKey = Add("dedupeKey", DbType.String);
            _kind = Add("kind", DbType.String);
            _payload = Add("payload", DbType.String);
            _receivedAt = Add("receivedAt", DbType.Int64);
        }

        public static PreparedInsert Create(DbConnection connection, string insertSql)
        {
            var command = connection.CreateCommand();
            try
            {
                command.CommandText = insertSql;
                var insert = new PreparedInsert(command);
                command.Prepare();
                return insert;
            }
            catch
            {
                command.Dispose();
                throw;
            }
        }

        public async Task<bool[]> RunAsync(DbTransaction transaction, IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken)
        {
            _command.Transaction = transaction;
            var accepted = new bool[arrivals.Count];
            for (var i = 0; i < accepted.Length; i++)
            {
                _dedupeKey.Value = arrivals[i].DedupeKey;
                _kind.Value = arrivals[i].Kind;
                _payload.Value = arrivals[i].Payload;
                _receivedAt.Value = UnixMilliseconds.From(arrivals[i].ReceivedAt);
                accepted[i] = await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            }

            return accepted;
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();

        public void Dispose() => _command.Dispose();

        private DbParameter Add(string name, DbType type)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            _command.Parameters.Add(parameter);
            return parameter;
        }
    }
}

using System.Data.Common;
using Dapper;

namespace AllyBot.Storage.Dialects;

/// <summary>SQLite: one writer at a time for the whole file, so single statements need no extra locking.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    private SqliteDialect()
    {
    }

    public string SkipLockedRows => "";

    public string ByIdOnly => "NOT INDEXED";

    public string InteractiveLaneIndex => "INDEXED BY ix_inbox_interactive";

    /// <remarks>SQLite runs each writing statement under the database's write lock: <paramref name="work"/> must be one statement.</remarks>
    public Task<T> ExclusiveAsync<T>(DbConnection connection, string key, Func<DbTransaction?, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(null);
    }

    /// <remarks>Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is held from the start, so migrators take turns.</remarks>
    public async Task<T> MigrationExclusiveAsync<T>(DbConnection connection, Func<DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(work);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await work(transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    /// <summary>Checkpoints and truncates the write-ahead log, which still holds older copies of pages (with deleted text).</summary>
    public Task AfterPurgeAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken));
}

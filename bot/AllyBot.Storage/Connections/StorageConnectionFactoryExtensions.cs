using System.Data.Common;

namespace AllyBot.Storage.Connections;

/// <summary>Runs work on a fresh connection and always disposes it.</summary>
internal static class StorageConnectionFactoryExtensions
{
    public static async Task<T> WithConnectionAsync<T>(
        this IStorageConnectionFactory connections,
        Func<DbConnection, Task<T>> work,
        CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(connection).ConfigureAwait(false);
        }
    }

    public static async Task<T> InTransactionAsync<T>(
        this IStorageConnectionFactory connections,
        Func<DbConnection, DbTransaction, Task<T>> work,
        CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Microsoft.Data.Sqlite begins a non-deferred (BEGIN IMMEDIATE) transaction: the write lock is taken at once,
            // so two writers queue on the busy timeout instead of failing on a read-to-write upgrade. PostgreSQL begins a
            // READ COMMITTED transaction: writers of the same rows queue on row locks (see ISqlDialect for the rest).
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }
}

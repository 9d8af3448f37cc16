using System.Data.Common;

namespace AllyBot.Storage.Connections;

/// <summary>Runs work on a fresh connection, inside the provider's <see cref="ConnectionGate"/>, and always disposes it.</summary>
internal static class StorageConnectionFactoryExtensions
{
    public static Task<T> WithConnectionAsync<T>(
        this IStorageConnectionFactory connections,
        Func<DbConnection, Task<T>> work,
        CancellationToken cancellationToken = default) =>
        connections.Gate.RunAsync(() => OpenAndRunAsync(connections, work, cancellationToken), cancellationToken);

    public static Task<T> InTransactionAsync<T>(
        this IStorageConnectionFactory connections,
        Func<DbConnection, DbTransaction, Task<T>> work,
        CancellationToken cancellationToken = default) =>
        connections.Gate.RunAsync(() => OpenAndRunInTransactionAsync(connections, work, cancellationToken), cancellationToken);

    private static async Task<T> OpenAndRunAsync<T>(IStorageConnectionFactory connections, Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await work(connection).ConfigureAwait(false);
        }
    }

    private static async Task<T> OpenAndRunInTransactionAsync<T>(IStorageConnectionFactory connections, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
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

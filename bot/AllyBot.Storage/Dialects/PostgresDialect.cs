using System.Buffers.Binary;
using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace AllyBot.Storage.Dialects;

/// <summary>
/// PostgreSQL: row locks with SKIP LOCKED for the inbox, and advisory locks where READ COMMITTED alone would let two
/// transactions both see "nothing there yet" (the nudge rate limit, migrations).
/// </summary>
internal sealed class PostgresDialect : ISqlDialect
{
    /// <summary>The advisory lock (single 64-bit key) held while migrating: "AllyBot" in ASCII.</summary>
    public const long MigrationLockKey = 0x0041_6C6C_7942_6F74;

    /// <summary>
    /// The first half of the two-key advisory locks taken by <see cref="ExclusiveAsync{T}"/> ("Ally" in ASCII); the second
    /// half is a hash of the key. PostgreSQL keeps the two-key space apart from the single-key space of <see cref="MigrationLockKey"/>.
    /// </summary>
    public const int ExclusiveLockClass = 0x416C_6C79;

    public static PostgresDialect Instance { get; } = new();

    private PostgresDialect()
    {
    }

    public string SkipLockedRows => "FOR UPDATE SKIP LOCKED";

    public string ByIdOnly => "";

    public string InteractiveLaneIndex => "";

    /// <remarks>
    /// A transaction-scoped advisory lock on a hash of <paramref name="key"/>, released at commit or rollback. Under READ
    /// COMMITTED each later statement takes a new snapshot, so it sees whatever the previous holder committed. Two keys
    /// with the same hash only wait for each other.
    /// </remarks>
    public async Task<T> ExclusiveAsync<T>(DbConnection connection, string key, Func<DbTransaction?, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(work);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@lockClass, @lockKey)",
                new { lockClass = ExclusiveLockClass, lockKey = LockKeyFor(key) },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            var result = await work(transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    /// <remarks>
    /// A session advisory lock around the migration transaction: a second instance starting at the same time waits,
    /// then finds every script already recorded in <c>schema_version</c>.
    /// </remarks>
    public async Task<T> MigrationExclusiveAsync<T>(DbConnection connection, Func<DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(work);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
        finally
        {
            await UnlockMigrationAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Gives the migration lock back, even after a cancelled or failed migration.</summary>
    /// <remarks>A broken connection has already lost the lock with its session; the original error is the one to report.</remarks>
    private static async Task UnlockMigrationAsync(DbConnection connection)
    {
        if (connection.State != ConnectionState.Open)
        {
            return;
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
        catch (DbException)
        {
        }
    }

    /// <remarks>Nothing: autovacuum reclaims the dead row versions that still hold deleted payloads.</remarks>
    public Task AfterPurgeAsync(DbConnection connection, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>A stable 32-bit hash of <paramref name="key"/>, the same in every instance and every process.</summary>
    public static int LockKeyFor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return BinaryPrimitives.ReadInt32BigEndian(hash);
    }
}

using System.Data.Common;
using AllyBot.Storage.Dialects;

namespace AllyBot.Storage.Connections;

/// <summary>Opens ready-to-use connections to AllyBot's database; one per provider.</summary>
internal interface IStorageConnectionFactory
{
    /// <summary>The folder of embedded migration scripts for this provider (<c>Migrations/&lt;folder&gt;/</c>).</summary>
    string MigrationsFolder { get; }

    /// <summary>The provider's SQL and locking differences.</summary>
    ISqlDialect Dialect { get; }

    /// <summary>Who may use the database at once, within this process (see <see cref="ConnectionGate"/>).</summary>
    ConnectionGate Gate { get; }

    /// <summary>Where the database is, for operators' messages (never a password).</summary>
    string Location { get; }

    /// <summary>What an operator should check when the database cannot be opened or written.</summary>
    string StartupAdvice { get; }

    /// <summary>Creates whatever must exist before the first connection (the SQLite file's folder).</summary>
    /// <exception cref="StorageStartupException">It cannot be created.</exception>
    void EnsureLocationExists();

    /// <summary>
    /// Moves committed work from the write-ahead log into the database file without waiting for or blocking anyone
    /// (SQLite <c>wal_checkpoint(PASSIVE)</c>), so that no committing request pays for it; nothing on PostgreSQL.
    /// </summary>
    Task CheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens a new connection, configured for AllyBot. The caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}

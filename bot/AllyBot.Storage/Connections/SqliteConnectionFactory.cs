using System.Data.Common;
using System.Runtime.CompilerServices;
using AllyBot.Storage.Dialects;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AllyBot.Storage.Connections;

/// <summary>
/// SQLite connections in WAL mode (readers never block the writer), with foreign keys on, a busy timeout so that
/// concurrent writers wait instead of failing, and secure delete so that deleted text is overwritten in the file.
/// </summary>
internal sealed class SqliteConnectionFactory : IStorageConnectionFactory
{
    /// <summary>How long a writer waits for another writer before failing.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    private static readonly object Configured = new();

    private readonly string _connectionString;

    /// <summary>The underlying SQLite connections (kept by the pool across opens) that already ran the PRAGMAs.</summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();

    public SqliteConnectionFactory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        IsInMemory = builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrEmpty(builder.DataSource)
            || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
        DatabasePath = IsInMemory ? null : Path.GetFullPath(builder.DataSource);
        _connectionString = builder.ToString();
    }

    /// <summary>The database file's full path; null for an in-memory database.</summary>
    public string? DatabasePath { get; }

    /// <summary>Whether the database lives in memory only.</summary>
    public bool IsInMemory { get; }

    /// <summary>One unit of work at a time: SQLite has one write lock, and its busy waits sleep far too long.</summary>
    public ConnectionGate Gate { get; } = ConnectionGate.Single();

    /// <summary>
    /// The write-ahead log size (pages) at which a committing connection checkpoints by itself: a safety net, far above
    /// what one second of writes fills, because the host checkpoints in the background every second.
    /// </summary>
    public const int AutoCheckpointPages = 16_384;

    public string MigrationsFolder => "Sqlite";

    public ISqlDialect Dialect => SqliteDialect.Instance;

    public string Location => DatabasePath is null ? "an in-memory SQLite database" : $"the SQLite file '{DatabasePath}'";

    public string StartupAdvice =>
        $"Check that the folder exists (or can be created) and that the AllyBot process may write to it, or set ConnectionStrings:{StorageOptions.ConnectionStringName} to 'Data Source=<a writable folder>/allybot.db'.";

    public void EnsureLocationExists()
    {
        if (Path.GetDirectoryName(DatabasePath) is not { Length: > 0 } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StorageStartupException($"AllyBot cannot create the database folder '{folder}' for {Location}: {e.Message} {StartupAdvice}", e);
        }
    }

    /// <remarks>Runs outside the <see cref="Gate"/>: a passive checkpoint takes no write lock and waits for nobody.</remarks>
    public async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        if (IsInMemory)
        {
            return;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(PASSIVE)", cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <remarks>
    /// Microsoft.Data.Sqlite pools the underlying SQLite connections, and these PRAGMAs belong to them (WAL to the file),
    /// so they run once per underlying connection, not on every open.
    /// </remarks>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var handle = connection.Handle!;
            if (!_configured.TryGetValue(handle, out _))
            {
                var pragmas = $"""
                    PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};
                    PRAGMA journal_mode = WAL;
                    PRAGMA wal_autocheckpoint = {AutoCheckpointPages};
                    PRAGMA synchronous = NORMAL;
                    PRAGMA foreign_keys = ON;
                    PRAGMA secure_delete = ON;
                    """;
                await connection.ExecuteAsync(new CommandDefinition(pragmas, cancellationToken: cancellationToken)).ConfigureAwait(false);
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

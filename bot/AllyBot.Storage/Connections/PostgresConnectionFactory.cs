using System.Data.Common;
using AllyBot.Storage.Dialects;
using Npgsql;

namespace AllyBot.Storage.Connections;

/// <summary>
/// PostgreSQL connections from one <see cref="NpgsqlDataSource"/> (one connection pool per factory). The server and
/// the database must exist; the schema is created by the migrator. Nothing is created on disk here.
/// </summary>
internal sealed class PostgresConnectionFactory : IStorageConnectionFactory, IAsyncDisposable, IDisposable
{
    /// <summary>The application name the server shows in <c>pg_stat_activity</c> unless the connection string sets one.</summary>
    public const string DefaultApplicationName = "AllyBot";

    private readonly NpgsqlDataSource _dataSource;

    /// <exception cref="ArgumentException">The connection string is not a valid Npgsql connection string.</exception>
    public PostgresConnectionFactory(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = DefaultApplicationName;
        }

        Host = builder.Host ?? "";
        Port = builder.Port;
        Database = builder.Database ?? builder.Username ?? "";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The server's host name (or a list of them).</summary>
    public string Host { get; }

    /// <summary>The server's port.</summary>
    public int Port { get; }

    /// <summary>The database name (PostgreSQL's default: the user name).</summary>
    public string Database { get; }

    public string MigrationsFolder => "Postgres";

    public ISqlDialect Dialect => PostgresDialect.Instance;

    public string Location => $"the PostgreSQL database '{Database}' on {Host}:{Port}";

    public string StartupAdvice =>
        $"Check that the server is running and reachable, that the database exists, and that the user may log in and create tables in it; or fix ConnectionStrings:{StorageOptions.ConnectionStringName} ('Host=...;Port=5432;Database=...;Username=...;Password=...').";

    /// <remarks>Nothing to create: the server and database are the operator's.</remarks>
    public void EnsureLocationExists()
    {
    }

    public ConnectionGate Gate => ConnectionGate.None;

    public Task CheckpointAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}

using AllyBot.Storage.Connections;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Migrations;
using AllyBot.Storage.Stores;
using Dapper;
using Npgsql;

namespace AllyBot.Storage.Tests;

/// <summary>
/// A database of its own on the PostgreSQL server named by <see cref="EnvironmentVariable"/> (created fresh, dropped
/// on dispose), so runs and fixtures never see each other's rows. Without the variable, tests that ask for one are
/// ignored with <see cref="IgnoreReason"/>. <c>.ci/postgres.sh</c> starts a local server and prints the variable.
/// </summary>
internal sealed class PostgresTestDatabase : ITestDatabase
{
    /// <summary>The connection string of a server and a database in it where the user may create databases.</summary>
    public const string EnvironmentVariable = "ALLYBOT_TEST_POSTGRES";

    public const string IgnoreReason = "set ALLYBOT_TEST_POSTGRES to run PostgreSQL tests";

    /// <summary>Per pool, so that two "instances" racing with hundreds of callers stay under the server's max_connections (100).</summary>
    private const int MaxPoolSize = 20;

    private readonly string _serverConnectionString;
    private readonly List<PostgresConnectionFactory> _factories = [];
    private readonly Lock _factoriesLock = new();

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name };
        builder.MaxPoolSize = Math.Min(builder.MaxPoolSize, MaxPoolSize);
        ConnectionString = builder.ConnectionString;
        Connections = NewFactory();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public PostgresConnectionFactory Connections { get; }

    IStorageConnectionFactory ITestDatabase.Connections => Connections;

    /// <summary>The server's connection string; ignores the calling test (or fixture) when the variable is not set.</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Ignore(IgnoreReason);
        }

        return value!;
    }

    /// <summary>A new, empty database (no schema_version yet).</summary>
    public static async Task<PostgresTestDatabase> CreateEmptyAsync()
    {
        var server = ServerConnectionString();
        var name = $"allybot_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Unpooled(server)))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }

        return new PostgresTestDatabase(server, name);
    }

    public static async Task<PostgresTestDatabase> CreateMigratedAsync()
    {
        var database = await CreateEmptyAsync();
        try
        {
            await new SchemaMigrator(database.Connections).MigrateAsync();
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Empties every table but schema_version and restarts the ids: a fresh database for the next test of a fixture.</summary>
    public async Task ClearAsync()
    {
        var tables = (await TableNamesAsync()).Where(t => t != "schema_version").Select(t => $"\"{t}\"");
        await ExecuteAsync($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE");
    }

    public IStorageConnectionFactory CreateSeparateConnections() => NewFactory();

    public SqlAllyStore CreateStore() => new(Connections);

    public SqlInbox CreateInbox() => new(Connections);

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Connections.OpenAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Connections.OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public Task<List<string>> TableNamesAsync() =>
        QueryAsync<string>(
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            ORDER BY table_name
            """);

    public async Task<List<string>> ColumnsContainingAsync(string needle)
    {
        var hits = new List<string>();
        var columns = await QueryAsync<(string Table, string Column, string Type)>(
            """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema()
              AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')
            ORDER BY table_name, ordinal_position
            """);
        foreach (var (table, column, type) in columns)
        {
            var condition = type == "bytea"
                ? $"position(convert_to(@needle, 'UTF8') in \"{column}\") > 0"
                : $"strpos(\"{column}\"::text, @needle) > 0";
            var count = (await QueryAsync<long>($"SELECT COUNT(*) FROM \"{table}\" WHERE {condition}", new { needle })).Single();
            if (count > 0)
            {
                hits.Add($"{table}.{column}");
            }
        }

        return hits;
    }

    public async ValueTask DisposeAsync()
    {
        List<PostgresConnectionFactory> factories;
        lock (_factoriesLock)
        {
            factories = [.. _factories];
        }

        foreach (var factory in factories)
        {
            await factory.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(Unpooled(_serverConnectionString));
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private PostgresConnectionFactory NewFactory()
    {
        var factory = new PostgresConnectionFactory(ConnectionString);
        lock (_factoriesLock)
        {
            _factories.Add(factory);
        }

        return factory;
    }
}

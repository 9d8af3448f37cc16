using AllyBot.Storage.Connections;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Migrations;
using AllyBot.Storage.Stores;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AllyBot.Storage.Tests;

/// <summary>A migrated SQLite database in a fresh temp folder, deleted on dispose.</summary>
internal sealed class SqliteTestDatabase : ITestDatabase, IDisposable
{
    private SqliteTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "allybot-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "allybot.db");
        Connections = new SqliteConnectionFactory(ConnectionString);
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public SqliteConnectionFactory Connections { get; }

    IStorageConnectionFactory ITestDatabase.Connections => Connections;

    /// <summary>A database with the folder created but no schema yet.</summary>
    public static SqliteTestDatabase CreateEmpty()
    {
        var database = new SqliteTestDatabase();
        Directory.CreateDirectory(database.Folder);
        return database;
    }

    public static async Task<SqliteTestDatabase> CreateMigratedAsync()
    {
        var database = CreateEmpty();
        await new SchemaMigrator(database.Connections).MigrateAsync();
        return database;
    }

    public IStorageConnectionFactory CreateSeparateConnections() => new SqliteConnectionFactory(ConnectionString);

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
        QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    /// <remarks>SQLite columns hold any type, so every column is searched, read as text.</remarks>
    public async Task<List<string>> ColumnsContainingAsync(string needle)
    {
        var hits = new List<string>();
        foreach (var table in await QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            foreach (var column in await QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')"))
            {
                var count = (await QueryAsync<long>(
                    $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), @needle) > 0",
                    new { needle })).Single();
                if (count > 0)
                {
                    hits.Add($"{table}.{column}");
                }
            }
        }

        return hits;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

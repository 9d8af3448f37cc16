using AllyBot.Storage.Connections;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Tests;

/// <summary>A migrated (or empty) database of one provider, for the tests every provider must pass.</summary>
internal interface ITestDatabase : IAsyncDisposable
{
    IStorageConnectionFactory Connections { get; }

    /// <summary>A factory with its own connection pool, as another AllyBot instance would have; disposed with the database.</summary>
    IStorageConnectionFactory CreateSeparateConnections();

    SqlAllyStore CreateStore();

    SqlInbox CreateInbox();

    Task<List<T>> QueryAsync<T>(string sql, object? parameters = null);

    Task<int> ExecuteAsync(string sql, object? parameters = null);

    /// <summary>Every table AllyBot created (schema_version included), by name.</summary>
    Task<List<string>> TableNamesAsync();

    /// <summary>"table.column" for every text or binary column of every table that contains <paramref name="needle"/>.</summary>
    Task<List<string>> ColumnsContainingAsync(string needle);
}

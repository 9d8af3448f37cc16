using AllyBot.Core.Ports;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The workspace admin store's contract on a SQLite file.</summary>
public sealed class SqliteWorkspaceAdminStoreTests : WorkspaceAdminStoreContractTests
{
    private SqliteTestDatabase? _database;

    [TearDown]
    public void DeleteDatabase() => _database?.Dispose();

    private protected override async Task<(IWorkspaceAdminStore Store, IWorkspaceSettingsStore Settings)> CreateStoresAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        return (new SqlWorkspaceAdminStore(_database.Connections), _database.CreateStore());
    }

    private protected override ILanguageSettingsStore LanguageStore() => new SqlLanguageSettingsStore(_database!.Connections);

    private protected override IWorkspaceAdminStore OtherInstance() => new SqlWorkspaceAdminStore(_database!.CreateSeparateConnections());
}

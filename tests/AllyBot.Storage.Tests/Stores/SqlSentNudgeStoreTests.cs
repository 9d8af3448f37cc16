using AllyBot.Core.Ports;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The sent-nudge contract on a SQLite file.</summary>
public sealed class SqlSentNudgeStoreTests : SentNudgeStoreContractTests
{
    private SqliteTestDatabase? _database;

    [TearDown]
    public void DeleteDatabase() => _database?.Dispose();

    private protected override async Task<(ISentNudgeStore Store, IMemberDataEraser Eraser)> CreateStorageAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        return (new SqlSentNudgeStore(_database.Connections), _database.CreateStore());
    }
}

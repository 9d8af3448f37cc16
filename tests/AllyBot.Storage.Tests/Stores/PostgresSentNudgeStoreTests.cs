using AllyBot.Core.Ports;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The sent-nudge contract on PostgreSQL.</summary>
[Category("Postgres")]
public sealed class PostgresSentNudgeStoreTests : SentNudgeStoreContractTests
{
    private PostgresTestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await PostgresTestDatabase.CreateMigratedAsync();

    [OneTimeTearDown]
    public async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private protected override async Task<(ISentNudgeStore Store, IMemberDataEraser Eraser)> CreateStorageAsync()
    {
        await _database.ClearAsync();
        return (new SqlSentNudgeStore(_database.Connections), _database.CreateStore());
    }
}

namespace AllyBot.Storage.Tests.Outbox;

/// <summary>The outbox on a SQLite file, a fresh one per test.</summary>
public sealed class SqliteOutboxTests : SqlOutboxTests
{
    private protected override async Task<ITestDatabase> OpenDatabaseAsync() => await SqliteTestDatabase.CreateMigratedAsync();

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => database.DisposeAsync().AsTask();
}

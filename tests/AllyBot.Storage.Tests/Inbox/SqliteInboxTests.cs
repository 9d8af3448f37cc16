namespace AllyBot.Storage.Tests.Inbox;

/// <summary>The inbox on a SQLite file, a fresh one per test.</summary>
public sealed class SqliteInboxTests : SqlInboxTests
{
    private protected override async Task<ITestDatabase> OpenDatabaseAsync() => await SqliteTestDatabase.CreateMigratedAsync();

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => database.DisposeAsync().AsTask();
}

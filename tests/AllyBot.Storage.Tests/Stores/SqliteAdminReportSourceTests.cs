namespace AllyBot.Storage.Tests.Stores;

public sealed class SqliteAdminReportSourceTests : AdminReportSourceContractTests
{
    private protected override async Task<ITestDatabase> OpenDatabaseAsync() => await SqliteTestDatabase.CreateMigratedAsync();

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => database.DisposeAsync().AsTask();
}

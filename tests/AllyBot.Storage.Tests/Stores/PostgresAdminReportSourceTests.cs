namespace AllyBot.Storage.Tests.Stores;

[Category("Postgres")]
public sealed class PostgresAdminReportSourceTests : AdminReportSourceContractTests
{
    private protected override async Task<ITestDatabase> OpenDatabaseAsync() => await PostgresTestDatabase.CreateMigratedAsync();

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => database.DisposeAsync().AsTask();
}

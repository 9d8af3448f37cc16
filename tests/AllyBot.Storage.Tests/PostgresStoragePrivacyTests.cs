namespace AllyBot.Storage.Tests;

/// <summary>The privacy flow on PostgreSQL: every TEXT and BYTEA column of every table is searched for the marker.</summary>
[Category("Postgres")]
public sealed class PostgresStoragePrivacyTests : StoragePrivacyTests
{
    private PostgresTestDatabase? _database;

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

    [Test]
    public async Task Flow_AfterPurge_MarkerInNoColumnAndNoInboxRowLeft()
    {
        await RunFlowAsync();

        var purged = await _database!.CreateInbox().PurgeCompletedAsync(T0.AddDays(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(2));
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM inbox"), Is.EqualTo(new[] { 0L }));
            Assert.That(await _database.ColumnsContainingAsync(MarkerId), Is.Empty);
        }
    }

    private protected override async Task<ITestDatabase> OpenDatabaseAsync()
    {
        await _database!.ClearAsync();
        return _database;
    }

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => Task.CompletedTask;
}

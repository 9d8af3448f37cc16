namespace AllyBot.Storage.Tests.Inbox;

/// <summary>
/// The inbox on PostgreSQL: one database for the fixture, emptied before each test. Its concurrency test runs two
/// instances with three workers each over 500 entries, where FOR UPDATE SKIP LOCKED keeps them from claiming twice.
/// </summary>
[Category("Postgres")]
public sealed class PostgresInboxTests : SqlInboxTests
{
    private PostgresTestDatabase? _database;

    protected override (int Entries, int WorkersPerInbox) ConcurrentClaims => (500, 3);

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

    private protected override async Task<ITestDatabase> OpenDatabaseAsync()
    {
        await _database!.ClearAsync();
        return _database;
    }

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => Task.CompletedTask;
}

namespace AllyBot.Storage.Tests.Outbox;

/// <summary>
/// The outbox on PostgreSQL: one database for the fixture, emptied before each test. Its race runs two instances with
/// three workers each, where FOR UPDATE SKIP LOCKED keeps them from claiming an entry twice.
/// </summary>
[Category("Postgres")]
public sealed class PostgresOutboxTests : SqlOutboxTests
{
    private PostgresTestDatabase? _database;

    protected override (int Entries, int WorkersPerInstance) ConcurrentClaims => (300, 3);

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

using AllyBot.Storage.Migrations;

namespace AllyBot.Storage.Tests;

public sealed class AllyBotDatabaseTests
{
    private SqliteTestDatabase _database = null!;

    [SetUp]
    public void Create() => _database = SqliteTestDatabase.CreateEmpty();

    [TearDown]
    public void Delete() => _database.Dispose();

    [Test]
    public async Task IsReady_BeforeMigration_False()
    {
        var database = new AllyBotDatabase(new SchemaMigrator(_database.Connections), _database.Connections);

        Assert.That(await database.IsReadyAsync(), Is.False);
    }

    [Test]
    public async Task IsReady_AfterMigration_True()
    {
        var database = new AllyBotDatabase(new SchemaMigrator(_database.Connections), _database.Connections);

        await database.MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await database.IsReadyAsync(), Is.True);
            Assert.That(database.LatestSchemaVersion, Is.GreaterThanOrEqualTo(1));
        }
    }
}

using AllyBot.Storage.Connections;
using Dapper;

namespace AllyBot.Storage.Tests.Connections;

public sealed class SqliteConnectionFactoryTests
{
    private SqliteTestDatabase _database = null!;

    [SetUp]
    public void Create() => _database = SqliteTestDatabase.CreateEmpty();

    [TearDown]
    public void Delete() => _database.Dispose();

    [Test]
    public async Task Open_FileDatabase_WalForeignKeysBusyTimeoutAndSecureDeleteAreOn()
    {
        await using var connection = await _database.Connections.OpenAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"), Is.EqualTo(5000));
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA secure_delete"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Checkpoint_AfterWrites_MovesTheWholeLogIntoTheFile()
    {
        await using var connection = await _database.Connections.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE filler (text TEXT NOT NULL)");
        await connection.ExecuteAsync("INSERT INTO filler (text) VALUES (@text)", Enumerable.Range(0, 200).Select(i => new { text = new string('x', 2_000) }));
        var before = await connection.QuerySingleAsync<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(NOOP)");

        await _database.Connections.CheckpointAsync();

        var after = await connection.QuerySingleAsync<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(NOOP)");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.Checkpointed, Is.LessThan(before.Log), "the writes were still only in the log");
            Assert.That(after.Checkpointed, Is.EqualTo(after.Log), "every logged page is in the file");
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA wal_autocheckpoint"), Is.EqualTo(SqliteConnectionFactory.AutoCheckpointPages));
        }
    }

    [Test]
    public async Task Open_PooledConnectionsReusedAndNewOnes_EveryOneHasThePragmas()
    {
        // Two underlying connections go back to the pool; three opens then reuse both and create a third.
        var first = new[] { await _database.Connections.OpenAsync(), await _database.Connections.OpenAsync() };
        foreach (var connection in first)
        {
            await connection.DisposeAsync();
        }

        var second = new[] { await _database.Connections.OpenAsync(), await _database.Connections.OpenAsync(), await _database.Connections.OpenAsync() };
        try
        {
            using (Assert.EnterMultipleScope())
            {
                foreach (var connection in second)
                {
                    Assert.That(await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
                    Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"), Is.EqualTo(1), "NORMAL");
                    Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
                    Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"), Is.EqualTo(5000));
                    Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA secure_delete"), Is.EqualTo(1));
                }
            }
        }
        finally
        {
            foreach (var connection in second)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Test]
    public void Create_RelativeDataSource_ResolvesFullPath()
    {
        var factory = new SqliteConnectionFactory("Data Source=data/allybot.db");

        Assert.That(factory.DatabasePath, Is.EqualTo(Path.GetFullPath("data/allybot.db")));
    }

    [Test]
    public void Create_InMemory_HasNoPathAndNeedsNoFolder()
    {
        var factory = new SqliteConnectionFactory("Data Source=:memory:");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(factory.IsInMemory, Is.True);
            Assert.That(factory.DatabasePath, Is.Null);
            Assert.That(factory.EnsureLocationExists, Throws.Nothing);
        }
    }
}

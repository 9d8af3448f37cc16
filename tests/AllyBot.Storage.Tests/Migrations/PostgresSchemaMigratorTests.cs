using AllyBot.Storage.Dialects;
using AllyBot.Storage.Migrations;
using Npgsql;

namespace AllyBot.Storage.Tests.Migrations;

/// <summary>The migrator on PostgreSQL, each test on a database of its own created empty.</summary>
[Category("Postgres")]
public sealed class PostgresSchemaMigratorTests
{
    private PostgresTestDatabase? _database;

    [OneTimeSetUp]
    public void RequireServer() => PostgresTestDatabase.ServerConnectionString();

    [SetUp]
    public async Task CreateAsync() => _database = await PostgresTestDatabase.CreateEmptyAsync();

    [TearDown]
    public async Task DropAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Test]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptAndRecordsVersions()
    {
        var migrator = new SchemaMigrator(_database!.Connections);

        var applied = await migrator.MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.EqualTo(migrator.Scripts.Count));
            Assert.That(await migrator.CurrentVersionAsync(), Is.EqualTo(migrator.LatestVersion));
            Assert.That(
                await _database.QueryAsync<string>("SELECT name FROM schema_version ORDER BY version"),
                Is.EqualTo(migrator.Scripts.Select(s => s.Name)));
            Assert.That(
                await _database.TableNamesAsync(),
                Is.EqualTo(new[] { "admin_audit", "admin_sequence", "channel_settings", "credits", "deliveries", "dialog_pauses", "dialogs", "holidays", "inbox", "installations", "member_calendars", "member_settings", "not_helpful", "nudges", "outbox", "participation_counts", "schema_version", "sent_nudges", "voices_snapshots", "workspace_admin", "workspace_channels_off", "workspace_language", "workspace_settings" }));
        }
    }

    [Test]
    public async Task Migrate_Postgres_SameTablesColumnsAndNullabilityAsSqlite()
    {
        await new SchemaMigrator(_database!.Connections).MigrateAsync();
        using var sqlite = await SqliteTestDatabase.CreateMigratedAsync();

        var postgresColumns = await _database.QueryAsync<string>(
            """
            SELECT table_name || '.' || column_name || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END
            FROM information_schema.columns
            WHERE table_schema = current_schema()
            ORDER BY 1
            """);
        var sqliteColumns = await sqlite.QueryAsync<string>(
            """
            SELECT t.name || '.' || c.name || CASE WHEN c."notnull" = 1 OR c.pk > 0 THEN ' not null' ELSE ' null' END
            FROM sqlite_master t, pragma_table_info(t.name) c
            WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'
            ORDER BY 1
            """);

        Assert.That(postgresColumns, Is.EqualTo(sqliteColumns));
    }

    [Test]
    public async Task Migrate_SecondRun_AppliesNothingAndKeepsData()
    {
        var migrator = new SchemaMigrator(_database!.Connections);
        await migrator.MigrateAsync();
        await _database.ExecuteAsync("INSERT INTO workspace_settings (workspace_id, severity_floor) VALUES ('T1', 'Warning')");

        var applied = await new SchemaMigrator(_database.CreateSeparateConnections()).MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.Zero);
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM schema_version"), Is.EqualTo(new[] { (long)migrator.Scripts.Count }));
            Assert.That(await _database.QueryAsync<string>("SELECT workspace_id FROM workspace_settings"), Is.EqualTo(new[] { "T1" }));
        }
    }

    [Test]
    public async Task Migrate_TwoInstancesAtOnce_AppliesEachScriptOnce()
    {
        var first = new SchemaMigrator(_database!.CreateSeparateConnections());
        var second = new SchemaMigrator(_database.CreateSeparateConnections());
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var migrations = new[] { first, second }.Select(async migrator =>
        {
            await start.Task;
            return await migrator.MigrateAsync();
        }).ToList();
        start.SetResult();
        var applied = await Task.WhenAll(migrations);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied.Order(), Is.EqualTo(new[] { 0, first.Scripts.Count }));
            Assert.That(
                await _database.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version"),
                Is.EqualTo(first.Scripts.Select(s => s.Version)));
        }
    }

    [Test]
    public async Task Migrate_WhileAnotherInstanceHoldsTheMigrationLock_WaitsForIt()
    {
        await using var holder = new NpgsqlConnection(_database!.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresDialect.MigrationLockKey})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var migration = new SchemaMigrator(_database.CreateSeparateConnections()).MigrateAsync();
        var waited = await Task.WhenAny(migration, Task.Delay(TimeSpan.FromMilliseconds(750))) != migration;
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresDialect.MigrationLockKey})", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(waited, Is.True, "the migration did not wait for the lock");
            Assert.That(await migration, Is.GreaterThan(0));
        }
    }

    [Test]
    public async Task Migrate_DatabaseNewerThanThisBuild_ThrowsAndChangesNothing()
    {
        var migrator = new SchemaMigrator(_database!.Connections);
        await migrator.MigrateAsync();
        await _database.ExecuteAsync("INSERT INTO schema_version (version, name) VALUES (9999, '9999_future.sql')");

        var error = Assert.ThrowsAsync<StorageStartupException>(() => migrator.MigrateAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain("schema version 9999, newer than this AllyBot knows"));
            Assert.That(error.Message, Does.Contain($"the PostgreSQL database '{_database.Name}'"));
        }
    }

    [Test]
    public async Task Migrate_FailedMigration_ReleasesTheLockForTheNextInstance()
    {
        await _database!.ExecuteAsync("CREATE TABLE inbox (id INTEGER)");

        Assert.ThrowsAsync<StorageStartupException>(() => new SchemaMigrator(_database.Connections).MigrateAsync());

        await _database.ExecuteAsync("DROP TABLE inbox");
        var retry = new SchemaMigrator(_database.CreateSeparateConnections()).MigrateAsync();
        Assert.That(await Task.WhenAny(retry, Task.Delay(TimeSpan.FromSeconds(10))), Is.SameAs(retry), "the retry waited on a lock nobody holds");
        Assert.That(await retry, Is.EqualTo(MigrationScripts.For("Postgres").Count));
    }

    [Test]
    public void CurrentVersion_BeforeFirstMigration_Throws()
    {
        Assert.That(() => new SchemaMigrator(_database!.Connections).CurrentVersionAsync(), Throws.InstanceOf<System.Data.Common.DbException>());
    }

    [Test]
    public async Task IsReady_BeforeAndAfterMigration_FalseThenTrue()
    {
        var database = new AllyBotDatabase(new SchemaMigrator(_database!.Connections), _database.Connections);

        var before = await database.IsReadyAsync();
        await database.MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.False);
            Assert.That(await database.IsReadyAsync(), Is.True);
        }
    }
}

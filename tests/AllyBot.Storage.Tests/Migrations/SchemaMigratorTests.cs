using AllyBot.Storage.Connections;
using AllyBot.Storage.Migrations;

namespace AllyBot.Storage.Tests.Migrations;

public sealed class SchemaMigratorTests
{
    private SqliteTestDatabase _database = null!;

    [SetUp]
    public void Create() => _database = SqliteTestDatabase.CreateEmpty();

    [TearDown]
    public void Delete() => _database.Dispose();

    [Test]
    public async Task Migrate_FreshDatabase_AppliesEveryScriptAndRecordsVersions()
    {
        var migrator = new SchemaMigrator(_database.Connections);

        var applied = await migrator.MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.EqualTo(migrator.Scripts.Count));
            Assert.That(await migrator.CurrentVersionAsync(), Is.EqualTo(migrator.LatestVersion));
            Assert.That(
                await _database.QueryAsync<string>("SELECT name FROM schema_version ORDER BY version"),
                Is.EqualTo(migrator.Scripts.Select(s => s.Name)));
            Assert.That(
                await _database.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                Is.EqualTo(new[] { "admin_audit", "admin_sequence", "channel_settings", "credits", "deliveries", "dialog_pauses", "dialogs", "holidays", "inbox", "installations", "member_calendars", "member_settings", "not_helpful", "nudges", "outbox", "participation_counts", "schema_version", "sent_nudges", "voices_snapshots", "workspace_admin", "workspace_channels_off", "workspace_language", "workspace_settings" }));
        }
    }

    [Test]
    public async Task Migrate_SecondRun_AppliesNothingAndKeepsData()
    {
        var migrator = new SchemaMigrator(_database.Connections);
        await migrator.MigrateAsync();
        await _database.ExecuteAsync("INSERT INTO workspace_settings (workspace_id, severity_floor) VALUES ('T1', 'Warning')");

        var applied = await new SchemaMigrator(_database.Connections).MigrateAsync();

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
        var results = await Task.WhenAll(
            Task.Run(() => new SchemaMigrator(new SqliteConnectionFactory(_database.ConnectionString)).MigrateAsync()),
            Task.Run(() => new SchemaMigrator(new SqliteConnectionFactory(_database.ConnectionString)).MigrateAsync()));

        Assert.That(results.Sum(), Is.EqualTo(new SchemaMigrator(_database.Connections).Scripts.Count));
    }

    [Test]
    public async Task Migrate_FolderMissing_CreatesIt()
    {
        var path = Path.Combine(_database.Folder, "data", "nested", "allybot.db");

        await new SchemaMigrator(new SqliteConnectionFactory($"Data Source={path}")).MigrateAsync();

        Assert.That(File.Exists(path), Is.True);
    }

    [Test]
    public void Migrate_FolderUnderARegularFile_ThrowsOneClearMessageNamingThePath()
    {
        var file = Path.Combine(_database.Folder, "not-a-folder");
        File.WriteAllText(file, "");
        var folder = Path.Combine(file, "data");
        var migrator = new SchemaMigrator(new SqliteConnectionFactory($"Data Source={Path.Combine(folder, "allybot.db")}"));

        var error = Assert.ThrowsAsync<StorageStartupException>(() => migrator.MigrateAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain($"'{folder}'"));
            Assert.That(error.Message, Does.Contain("cannot create the database folder"));
            Assert.That(error.Message, Does.Contain("ConnectionStrings:AllyBot"));
        }
    }

    [Test]
    public void Migrate_FileIsNotADatabase_ThrowsClearMessageNamingTheFile()
    {
        File.WriteAllText(_database.FilePath, new string('x', 4096));

        var error = Assert.ThrowsAsync<StorageStartupException>(() => new SchemaMigrator(_database.Connections).MigrateAsync());

        Assert.That(error.Message, Does.Contain($"cannot open or update the SQLite file '{_database.FilePath}'"));
    }

    [Test]
    public async Task Migrate_DatabaseNewerThanThisBuild_ThrowsAndChangesNothing()
    {
        var migrator = new SchemaMigrator(_database.Connections);
        await migrator.MigrateAsync();
        await _database.ExecuteAsync("INSERT INTO schema_version (version, name) VALUES (9999, '9999_future.sql')");

        var error = Assert.ThrowsAsync<StorageStartupException>(() => migrator.MigrateAsync());

        Assert.That(error.Message, Does.Contain("schema version 9999, newer than this AllyBot knows"));
    }

    [Test]
    public void Migrate_PostgresServerUnreachable_ThrowsClearMessageNamingTheDatabaseButNotThePassword()
    {
        using var connections = new PostgresConnectionFactory("Host=127.0.0.1;Port=1;Database=allybot;Username=allybot;Password=s3cret-pw;Timeout=5");

        var error = Assert.ThrowsAsync<StorageStartupException>(() => new SchemaMigrator(connections).MigrateAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Message, Does.Contain("cannot open or update the PostgreSQL database 'allybot' on 127.0.0.1:1"));
            Assert.That(error.Message, Does.Contain("ConnectionStrings:AllyBot"));
            Assert.That(error.Message, Does.Not.Contain("s3cret-pw"));
        }
    }

    [Test]
    public void CurrentVersion_BeforeFirstMigration_Throws()
    {
        Assert.That(() => new SchemaMigrator(_database.Connections).CurrentVersionAsync(), Throws.InstanceOf<System.Data.Common.DbException>());
    }
}

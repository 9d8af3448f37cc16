namespace AllyBot.Storage.Tests;

/// <summary>The privacy flow on a SQLite file, down to the bytes of the database files.</summary>
public sealed class SqliteStoragePrivacyTests : StoragePrivacyTests
{
    private SqliteTestDatabase _database = null!;

    [Test]
    public async Task Flow_AfterPurge_MarkerBytesInNoDatabaseFile()
    {
        await RunFlowAsync();
        await _database.CreateInbox().PurgeCompletedAsync(T0);

        var files = Directory.GetFiles(_database.Folder);
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.That(bytes.AsSpan().IndexOf("MARKER-7f3a9c"u8), Is.EqualTo(-1), file);
        }
    }

    private protected override async Task<ITestDatabase> OpenDatabaseAsync() => _database = await SqliteTestDatabase.CreateMigratedAsync();

    private protected override Task CloseDatabaseAsync(ITestDatabase database) => database.DisposeAsync().AsTask();
}

using AllyBot.Core.Ports;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    private SqliteTestDatabase _database = null!;

    [SetUp]
    public void Create() => _database = SqliteTestDatabase.CreateEmpty();

    [TearDown]
    public void Delete() => _database.Dispose();

    [Test]
    public async Task AddAllyBotStorage_Sqlite_OneStoreBehindEveryPortAndAWorkingInbox()
    {
        var options = new StorageOptions { ConnectionString = _database.ConnectionString };
        await using var services = new ServiceCollection().AddAllyBotStorage(options).BuildServiceProvider();

        await services.GetRequiredService<AllyBotDatabase>().MigrateAsync();

        var store = services.GetRequiredService<SqlAllyStore>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.GetRequiredService<IMemberSettingsStore>(), Is.SameAs(store));
            Assert.That(services.GetRequiredService<IWorkspaceSettingsStore>(), Is.SameAs(store));
            Assert.That(services.GetRequiredService<INudgeLog>(), Is.SameAs(store));
            Assert.That(services.GetRequiredService<IMemberDataEraser>(), Is.SameAs(store));
            Assert.That(services.GetRequiredService<IFeedbackLog>(), Is.SameAs(store));
            Assert.That(services.GetRequiredService<IInbox>(), Is.SameAs(services.GetRequiredService<SqliteInbox>()));
            Assert.That(services.GetRequiredService<IOptions<StorageOptions>>().Value, Is.SameAs(options));
            Assert.That(await services.GetRequiredService<IInbox>().CountPendingAsync(), Is.Zero);
        }
    }

    [Test]
    public void AddAllyBotStorage_Postgres_ThrowsNotAvailableYet()
    {
        var options = new StorageOptions { Provider = "Postgres", ConnectionString = "Host=db;Database=allybot" };

        Assert.That(
            () => new ServiceCollection().AddAllyBotStorage(options),
            Throws.InstanceOf<StorageStartupException>().With.Message.Contains("'Postgres' is not available yet"));
    }

    [Test]
    public void AddAllyBotStorage_UnknownProvider_ThrowsNamingIt()
    {
        var options = new StorageOptions { Provider = "Oracle", ConnectionString = "x" };

        Assert.That(
            () => new ServiceCollection().AddAllyBotStorage(options),
            Throws.InstanceOf<StorageStartupException>().With.Message.Contains("'Oracle' is not a known database provider"));
    }
}

using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Migrations;
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
            Assert.That(services.GetRequiredService<IInstallationStore>(), Is.SameAs(store));
            Assert.That(services.GetRequiredService<IDialogStore>(), Is.InstanceOf<SqlDialogStore>());
            Assert.That(services.GetRequiredService<ICreditStore>(), Is.InstanceOf<SqlCreditStore>());
            Assert.That(services.GetRequiredService<ITeamSettingsStore>(), Is.InstanceOf<SqlTeamSettingsStore>());
            Assert.That(services.GetRequiredService<IMemberCalendarStore>(), Is.InstanceOf<SqlMemberCalendarStore>());
            Assert.That(services.GetRequiredService<IParticipationCounter>(), Is.InstanceOf<SqlParticipationCounter>());
            Assert.That(services.GetRequiredService<IVoicesSnapshotStore>(), Is.InstanceOf<SqlVoicesSnapshotStore>());
            Assert.That(services.GetRequiredService<IDeliveryLog>(), Is.InstanceOf<SqlDeliveryLog>());
            Assert.That(await services.GetRequiredService<IDeliveryLog>().PurgeBeforeAsync(DateTimeOffset.UnixEpoch), Is.Zero);
            Assert.That(services.GetRequiredService<IStorageConnectionFactory>(), Is.InstanceOf<SqliteConnectionFactory>());
            Assert.That(services.GetRequiredService<IInbox>(), Is.SameAs(services.GetRequiredService<SqlInbox>()));
            Assert.That(services.GetRequiredService<IOptions<StorageOptions>>().Value, Is.SameAs(options));
            Assert.That(await services.GetRequiredService<IInbox>().CountPendingAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task AddAllyBotStorage_Postgres_PostgresConnectionsBehindTheSameStoreAndInboxWithoutConnecting()
    {
        var options = new StorageOptions { Provider = "postgres", ConnectionString = "Host=db.invalid;Database=allybot;Username=allybot;Password=pw" };
        await using var services = new ServiceCollection().AddAllyBotStorage(options).BuildServiceProvider();

        var connections = services.GetRequiredService<IStorageConnectionFactory>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(connections, Is.InstanceOf<PostgresConnectionFactory>());
            Assert.That(connections.Location, Is.EqualTo("the PostgreSQL database 'allybot' on db.invalid:5432"));
            Assert.That(services.GetRequiredService<IInstallationStore>(), Is.SameAs(services.GetRequiredService<SqlAllyStore>()));
            Assert.That(services.GetRequiredService<INudgeLog>(), Is.SameAs(services.GetRequiredService<SqlAllyStore>()));
            Assert.That(services.GetRequiredService<IDialogStore>(), Is.InstanceOf<SqlDialogStore>());
            Assert.That(services.GetRequiredService<IParticipationCounter>(), Is.InstanceOf<SqlParticipationCounter>());
            Assert.That(services.GetRequiredService<IDeliveryLog>(), Is.InstanceOf<SqlDeliveryLog>());
            Assert.That(services.GetRequiredService<IInbox>(), Is.SameAs(services.GetRequiredService<SqlInbox>()));
        }
    }

    [Test]
    [Category("Postgres")]
    public async Task AddAllyBotStorage_PostgresServer_MigratesAndServesEveryPort()
    {
        await using var database = await PostgresTestDatabase.CreateEmptyAsync();
        var options = new StorageOptions { Provider = "Postgres", ConnectionString = database.ConnectionString };
        await using var services = new ServiceCollection().AddAllyBotStorage(options).BuildServiceProvider();
        var allyBot = services.GetRequiredService<AllyBotDatabase>();

        var applied = await allyBot.MigrateAsync();
        var accepted = await services.GetRequiredService<IInbox>().EnqueueAsync("Ev1", "message", "{}", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Is.EqualTo(MigrationScripts.For("Postgres").Count));
            Assert.That(await allyBot.IsReadyAsync(), Is.True);
            Assert.That(accepted, Is.True);
            Assert.That(await services.GetRequiredService<IInbox>().CountPendingAsync(), Is.EqualTo(1));
            Assert.That(await services.GetRequiredService<IInstallationStore>().GetAsync(Core.Conversations.ChatPlatform.Slack, "T1"), Is.Null);
        }
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

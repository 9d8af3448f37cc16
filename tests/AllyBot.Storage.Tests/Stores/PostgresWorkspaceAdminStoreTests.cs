using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The workspace admin store's contract on PostgreSQL, plus instances racing to save.</summary>
[Category("Postgres")]
public sealed class PostgresWorkspaceAdminStoreTests : WorkspaceAdminStoreContractTests
{
    private PostgresTestDatabase _database = null!;

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
    public async Task TrySave_TwoInstancesRacing40TimesFromSameVersion_ExactlyOneWinsAndSequencesStayInOrder()
    {
        IWorkspaceAdminStore[] instances = [new SqlWorkspaceAdminStore(_database.CreateSeparateConnections()), new SqlWorkspaceAdminStore(_database.CreateSeparateConnections())];
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = Enumerable.Range(0, 40)
            .Select(async i =>
            {
                await start.Task;
                var workspace = i % 4 == 0 ? "T-race" : $"T-other-{i}";
                return (workspace, await instances[i % 2].TrySaveAsync(workspace, WorkspaceAdminConfig.Empty, WorkspaceAdminConfig.Empty with { AdminIds = [$"U{i}"] }, new AdminChange($"U{i}", "race", DateTimeOffset.UnixEpoch)));
            })
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(racers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(r => r.workspace == "T-race" && r.Item2 is not null), Is.EqualTo(1));
            Assert.That(await Store.CurrentSequenceAsync(), Is.EqualTo(31));
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(DISTINCT sequence) FROM workspace_admin"), Is.EqualTo(new[] { 31L }));
        }
    }

    private protected override async Task<(IWorkspaceAdminStore Store, IWorkspaceSettingsStore Settings)> CreateStoresAsync()
    {
        await _database.ClearAsync();
        return (new SqlWorkspaceAdminStore(_database.Connections), _database.CreateStore());
    }

    private protected override ILanguageSettingsStore LanguageStore() => new SqlLanguageSettingsStore(_database.Connections);

    private protected override IWorkspaceAdminStore OtherInstance() => new SqlWorkspaceAdminStore(_database.CreateSeparateConnections());
}

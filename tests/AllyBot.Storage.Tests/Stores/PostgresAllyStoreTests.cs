using AllyBot.Core.Settings;
using AllyBot.Storage.Stores;
using AllyBot.Testing;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The storage contract on PostgreSQL, plus races between instances that only a server database can have.</summary>
[Category("Postgres")]
public sealed class PostgresAllyStoreTests : AllyStoreContractTests<SqlAllyStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

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
    public async Task TryRecord_TwoInstancesRacing200TimesForSameMemberAndRule_RecordsExactlyOne()
    {
        var member = new MemberKey("T1", "pseudonym-racer");
        var window = TimeSpan.FromHours(1);
        SqlAllyStore[] instances = [new(_database.CreateSeparateConnections()), new(_database.CreateSeparateConnections())];
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = Enumerable.Range(0, 200)
            .Select(async i =>
            {
                await start.Task;
                return await instances[i % 2].TryRecordAsync(member, "gendered/guys", MessageRefs.Next(), T0.AddMilliseconds(i), window);
            })
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(racers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(recorded => recorded), Is.EqualTo(1));
            Assert.That(
                await _database.QueryAsync<long>("SELECT COUNT(*) FROM nudges WHERE pseudonym = 'pseudonym-racer'"),
                Is.EqualTo(new[] { 1L }));
        }
    }

    [Test]
    public async Task TryRecord_TwoInstancesRacingForDifferentRules_EachRuleRecordedOnce()
    {
        var member = new MemberKey("T1", "pseudonym-racer");
        var window = TimeSpan.FromHours(1);
        SqlAllyStore[] instances = [new(_database.CreateSeparateConnections()), new(_database.CreateSeparateConnections())];

        var results = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => Task.Run(() => instances[i % 2].TryRecordAsync(member, $"rule/{i % 5}", MessageRefs.Next(), T0.AddMilliseconds(i), window))));

        Assert.That(results.Count(recorded => recorded), Is.EqualTo(5));
    }

    protected override async Task<SqlAllyStore> CreateStoreAsync()
    {
        await _database.ClearAsync();
        return _database.CreateStore();
    }

    protected override Task SetWorkspaceAsync(SqlAllyStore store, string workspaceId, WorkspaceSettings settings) =>
        store.SaveWorkspaceAsync(workspaceId, settings);

    protected override async Task<IReadOnlyList<(string WorkspaceId, string ChannelId, string RuleId, DateTimeOffset At)>> ReadNotHelpfulAsync(SqlAllyStore store)
    {
        var rows = await _database.QueryAsync<(string, string, string, long)>(
            "SELECT workspace_id, channel_id, rule_id, pressed_at FROM not_helpful ORDER BY id");
        return [.. rows.Select(r => (r.Item1, r.Item2, r.Item3, DateTimeOffset.FromUnixTimeMilliseconds(r.Item4)))];
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Participation;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The scheduling stores' contract on PostgreSQL, plus races between instances that only a server database can have.</summary>
[Category("Postgres")]
public sealed class PostgresSchedulingStoresTests : SchedulingStoresContractTests
{
    private static readonly ChatAddress General = new(ChatPlatform.Slack, "T1", "C-general");

    private PostgresTestDatabase _database = null!;
    private SchedulingStores[]? _instances;

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
    public async Task TryStart_TwoInstancesRacing100TimesForSameDialog_ExactlyOneWins()
    {
        var dialog = DialogState.StartCredit(General, new MemberKey("T1", "pseudonym-racer"), "U-racer", "2026-W10", DialogTimeline.Starting(DateTimeOffset.UnixEpoch));
        var instances = TwoInstances();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = Enumerable.Range(0, 100)
            .Select(async i =>
            {
                await start.Task;
                return await instances[i % 2].Dialogs.TryStartAsync(dialog with { MemberUserId = $"U-racer-{i}" });
            })
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(racers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(started => started), Is.EqualTo(1));
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM dialogs"), Is.EqualTo(new[] { 1L }));
        }
    }

    [Test]
    public async Task TryUpdate_TwoInstancesRacing100TimesFromSameVersion_ExactlyOneWins()
    {
        var dialog = DialogState.StartCredit(General, new MemberKey("T1", "pseudonym-racer"), "U-racer", "2026-W10", DialogTimeline.Starting(DateTimeOffset.UnixEpoch));
        var instances = TwoInstances();
        await instances[0].Dialogs.TryStartAsync(dialog);

        var results = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => Task.Run(() => instances[i % 2].Dialogs.TryUpdateAsync(dialog.WithRecipients([$"U-{i}"], DateTimeOffset.UnixEpoch.AddMinutes(1))))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Count(updated => updated), Is.EqualTo(1));
            Assert.That((await instances[1].Dialogs.GetAsync(dialog.Id))!.Version, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Increment_TwoInstancesRacing200Times_Counts200()
    {
        var count = new ParticipationCount(General, new DateOnly(2026, 3, 2), "pseudonym-racer", ParticipationKind.Message);
        var instances = TwoInstances();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = Enumerable.Range(0, 200)
            .Select(async i =>
            {
                await start.Task;
                await instances[i % 2].Counter.IncrementAsync(count);
            })
            .ToList();
        start.SetResult();
        await Task.WhenAll(racers);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                await instances[0].Counter.SumByMemberAsync(General, count.Day, count.Day),
                Is.EquivalentTo(new Dictionary<string, int> { ["pseudonym-racer"] = 200 }));
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM participation_counts"), Is.EqualTo(new[] { 1L }));
        }
    }

    [Test]
    public async Task TryRecordDelivery_TwoInstancesRacing100Times_ExactlyOneRecords()
    {
        var delivery = new ScheduledDelivery(ScheduledDelivery.CreditsPost, General, "", "2026-W10");
        var instances = TwoInstances();

        var results = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => Task.Run(() => instances[i % 2].Deliveries.TryRecordAsync(delivery, DateTimeOffset.UnixEpoch.AddMilliseconds(i)))));

        Assert.That(results.Count(recorded => recorded), Is.EqualTo(1));
    }

    private protected override async Task<SchedulingStores> CreateStoresAsync()
    {
        await _database.ClearAsync();
        return SchedulingStores.On(_database.Connections);
    }

    /// <summary>Two instances with connection pools of their own, shared by the race tests so the server's connection slots last.</summary>
    private SchedulingStores[] TwoInstances() =>
        _instances ??= [SchedulingStores.On(_database.CreateSeparateConnections()), SchedulingStores.On(_database.CreateSeparateConnections())];
}

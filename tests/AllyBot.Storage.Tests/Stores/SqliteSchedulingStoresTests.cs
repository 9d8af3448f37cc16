using AllyBot.Core.Conversations;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Participation;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The scheduling stores' contract on a SQLite file, plus concurrent writers through two connection factories.</summary>
public sealed class SqliteSchedulingStoresTests : SchedulingStoresContractTests
{
    private SqliteTestDatabase? _database;

    [TearDown]
    public void DeleteDatabase() => _database?.Dispose();

    [Test]
    public async Task TryStart_TwoFactoriesRacing_ExactlyOneWins()
    {
        var dialog = DialogState.StartCredit(
            new ChatAddress(ChatPlatform.Slack, "T1", "C-general"), new MemberKey("T1", "pseudonym-racer"), "U-racer", "2026-W10", DialogTimeline.Starting(DateTimeOffset.UnixEpoch));
        SchedulingStores[] instances = [SchedulingStores.On(_database!.CreateSeparateConnections()), SchedulingStores.On(_database.CreateSeparateConnections())];

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].Dialogs.TryStartAsync(dialog))));

        Assert.That(results.Count(started => started), Is.EqualTo(1));
    }

    [Test]
    public async Task Increment_TwoFactoriesRacing_CountsEveryIncrement()
    {
        var count = new ParticipationCount(new ChatAddress(ChatPlatform.Slack, "T1", "C-general"), new DateOnly(2026, 3, 2), "pseudonym-racer", ParticipationKind.Message);
        SchedulingStores[] instances = [SchedulingStores.On(_database!.CreateSeparateConnections()), SchedulingStores.On(_database.CreateSeparateConnections())];

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => instances[i % 2].Counter.IncrementAsync(count))));

        Assert.That(
            await instances[0].Counter.SumByMemberAsync(count.Channel, count.Day, count.Day),
            Is.EquivalentTo(new Dictionary<string, int> { ["pseudonym-racer"] = 40 }));
    }

    private protected override async Task<SchedulingStores> CreateStoresAsync()
    {
        _database = await SqliteTestDatabase.CreateMigratedAsync();
        return SchedulingStores.On(_database.Connections);
    }
}

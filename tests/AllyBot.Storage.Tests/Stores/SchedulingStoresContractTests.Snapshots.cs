using AllyBot.Core.Scheduling;
using AllyBot.Core.Voices;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.IVoicesSnapshotStore"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task SnapshotListBefore_SeveralWeeksAcrossNewYear_MostRecentCountBeforeTheWeekOldestFirst()
    {
        var weeks = new[] { new IsoWeek(2025, 51), new IsoWeek(2025, 52), new IsoWeek(2026, 1), new IsoWeek(2026, 2), new IsoWeek(2026, 3) };
        for (var i = 0; i < weeks.Length; i++)
        {
            await _stores.Snapshots.SaveAsync(General, weeks[i], Snapshot(messages: 100 + i));
        }

        await _stores.Snapshots.SaveAsync(Random, new IsoWeek(2026, 1), Snapshot(messages: 999));

        var listed = await _stores.Snapshots.ListBeforeAsync(General, new IsoWeek(2026, 3), 3);

        Assert.That(listed.Select(s => s.Messages), Is.EqualTo(new[] { 101, 102, 103 }));
    }

    [Test]
    public async Task SnapshotSave_EveryField_RoundTripsWithAndWithoutCredits()
    {
        var withCredits = new VoicesSnapshot(7, 45, 0.8123456789, 0.3141592653589793, 6.0 / 7, 0.42, new CreditConcentration(9, 0.5555, 0.123456789));
        var withoutCredits = Snapshot(messages: 31);
        await _stores.Snapshots.SaveAsync(General, new IsoWeek(2026, 9), withCredits);
        await _stores.Snapshots.SaveAsync(General, new IsoWeek(2026, 10), withoutCredits);

        var listed = await _stores.Snapshots.ListBeforeAsync(General, new IsoWeek(2026, 11), 8);

        Assert.That(listed, Is.EqualTo(new[] { withCredits, withoutCredits }));
    }

    [Test]
    public async Task SnapshotSave_SameWeekTwice_Replaces()
    {
        await _stores.Snapshots.SaveAsync(General, new IsoWeek(2026, 9), Snapshot(messages: 40));
        var second = Snapshot(messages: 50);

        await _stores.Snapshots.SaveAsync(General, new IsoWeek(2026, 9), second);

        Assert.That(await _stores.Snapshots.ListBeforeAsync(General, new IsoWeek(2026, 10), 8), Is.EqualTo(new[] { second }));
    }

    [Test]
    public async Task SnapshotListBefore_CountZeroOrNoHistory_Empty()
    {
        await _stores.Snapshots.SaveAsync(General, new IsoWeek(2026, 9), Snapshot(messages: 40));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Snapshots.ListBeforeAsync(General, new IsoWeek(2026, 10), 0), Is.Empty);
            Assert.That(await _stores.Snapshots.ListBeforeAsync(General, new IsoWeek(2026, 9), 8), Is.Empty);
            Assert.That(await _stores.Snapshots.ListBeforeAsync(TeamsGeneral, new IsoWeek(2026, 10), 8), Is.Empty);
        }
    }

    private static VoicesSnapshot Snapshot(int messages) => new(6, messages, 0.9, 0.2, 5.0 / 6, 0.3, null);
}

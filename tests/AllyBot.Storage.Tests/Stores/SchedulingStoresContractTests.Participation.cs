using AllyBot.Core.Conversations;
using AllyBot.Core.Participation;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.IParticipationCounter"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    private static readonly DateOnly Day0 = new(2026, 3, 2);

    [Test]
    public async Task CounterSumByMember_IncrementsOfBothKinds_SumsPerPseudonym()
    {
        await IncrementAsync(General, Day0, Alice.Pseudonym, ParticipationKind.Message, 3);
        await IncrementAsync(General, Day0, Alice.Pseudonym, ParticipationKind.ThreadReply, 2);
        await IncrementAsync(General, Day0.AddDays(1), Alice.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(General, Day0, Bob.Pseudonym, ParticipationKind.Message, 1);

        var sums = await _stores.Counter.SumByMemberAsync(General, Day0, Day0.AddDays(1));

        Assert.That(sums, Is.EquivalentTo(new Dictionary<string, int> { [Alice.Pseudonym] = 6, [Bob.Pseudonym] = 1 }));
    }

    [Test]
    public async Task CounterSumByMember_OtherDaysAndChannels_OnlyThatChannelFromFirstToLastDayInclusive()
    {
        await IncrementAsync(General, Day0.AddDays(-1), Alice.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(General, Day0, Alice.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(General, Day0.AddDays(13), Alice.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(General, Day0.AddDays(14), Bob.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(Random, Day0, Bob.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(TeamsGeneral, Day0, Bob.Pseudonym, ParticipationKind.Message, 1);

        var sums = await _stores.Counter.SumByMemberAsync(General, Day0, Day0.AddDays(13));

        Assert.That(sums, Is.EquivalentTo(new Dictionary<string, int> { [Alice.Pseudonym] = 2 }));
    }

    [Test]
    public async Task CounterPurgeBefore_OldAndNewDays_DeletesOlderRowsAndCountsThem()
    {
        await IncrementAsync(General, Day0.AddDays(-30), Alice.Pseudonym, ParticipationKind.Message, 4);
        await IncrementAsync(General, Day0.AddDays(-1), Alice.Pseudonym, ParticipationKind.ThreadReply, 1);
        await IncrementAsync(Random, Day0.AddDays(-1), Bob.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(General, Day0, Alice.Pseudonym, ParticipationKind.Message, 2);

        var purged = await _stores.Counter.PurgeBeforeAsync(Day0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(3));
            Assert.That(await _stores.Counter.SumByMemberAsync(General, Day0.AddDays(-60), Day0), Is.EquivalentTo(new Dictionary<string, int> { [Alice.Pseudonym] = 2 }));
        }
    }

    [Test]
    public async Task CounterErase_Member_DeletesTheirCountersInEveryChannelOfTheirWorkspaceOnly()
    {
        var elsewhere = General with { WorkspaceId = "T2" };
        await IncrementAsync(General, Day0, Alice.Pseudonym, ParticipationKind.Message, 2);
        await IncrementAsync(Random, Day0, Alice.Pseudonym, ParticipationKind.Message, 2);
        await IncrementAsync(General, Day0, Bob.Pseudonym, ParticipationKind.Message, 1);
        await IncrementAsync(elsewhere, Day0, AliceElsewhere.Pseudonym, ParticipationKind.Message, 1);

        await _stores.Counter.EraseAsync(Alice);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Counter.SumByMemberAsync(General, Day0, Day0), Is.EquivalentTo(new Dictionary<string, int> { [Bob.Pseudonym] = 1 }));
            Assert.That(await _stores.Counter.SumByMemberAsync(Random, Day0, Day0), Is.Empty);
            Assert.That(await _stores.Counter.SumByMemberAsync(elsewhere, Day0, Day0), Is.EquivalentTo(new Dictionary<string, int> { [Alice.Pseudonym] = 1 }));
        }
    }

    private async Task IncrementAsync(ChatAddress channel, DateOnly day, string pseudonym, ParticipationKind kind, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await _stores.Counter.IncrementAsync(new ParticipationCount(channel, day, pseudonym, kind));
        }
    }
}

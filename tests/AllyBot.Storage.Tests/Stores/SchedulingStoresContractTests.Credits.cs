using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Settings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.ICreditStore"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task CreditAdd_New_StoredWithEveryField()
    {
        var credit = Credit("c1", General, Alice, Bob, CreditAudience.Channel, T0) with
        {
            Source = CreditSource.Amplification,
            MessageLink = "https://example.slack.com/archives/C-general/p1",
        };

        var added = await _stores.Credits.AddAsync(credit);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.True);
            Assert.That(await _stores.Credits.ListSharedInChannelAsync(General, T0, T0.AddDays(7)), Is.EqualTo(new[] { credit }));
        }
    }

    [Test]
    public async Task CreditAdd_SameIdTwice_SecondIgnoredAndFirstKept()
    {
        var credit = Credit("c1", General, Alice, Bob, CreditAudience.Channel, T0);
        await _stores.Credits.AddAsync(credit);

        var again = await _stores.Credits.AddAsync(credit with { Contribution = "something else", GivenAt = T0.AddMinutes(1) });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.False);
            Assert.That(await _stores.Credits.ListSharedInChannelAsync(General, T0, T0.AddDays(7)), Is.EqualTo(new[] { credit }));
        }
    }

    [Test]
    public async Task CreditListSharedInChannel_MixedCredits_OnlyChannelAudienceOfThatChannelInWindowOldestFirst()
    {
        var later = Credit("c-later", General, Alice, Bob, CreditAudience.Channel, T0.AddDays(2));
        var first = Credit("c-first", General, Bob, Alice, CreditAudience.Channel, T0);
        var atEnd = Credit("c-end", General, Alice, Bob, CreditAudience.Channel, T0.AddDays(7));
        var before = Credit("c-before", General, Alice, Bob, CreditAudience.Channel, T0.AddMilliseconds(-1));
        var privately = Credit("c-dm", General, Alice, Bob, CreditAudience.RecipientOnly, T0.AddDays(1));
        var elsewhere = Credit("c-random", Random, Alice, Bob, CreditAudience.Channel, T0.AddDays(1));
        var teams = Credit("c-teams", TeamsGeneral, Alice, Bob, CreditAudience.Channel, T0.AddDays(1));
        foreach (var credit in new[] { later, first, atEnd, before, privately, elsewhere, teams })
        {
            await _stores.Credits.AddAsync(credit);
        }

        Assert.That(await _stores.Credits.ListSharedInChannelAsync(General, T0, T0.AddDays(7)), Is.EqualTo(new[] { first, later }));
    }

    [Test]
    public async Task CreditListChannelsWithShared_MixedCredits_EachChannelWithChannelAudienceInWindowOnce()
    {
        await _stores.Credits.AddAsync(Credit("c1", General, Alice, Bob, CreditAudience.Channel, T0));
        await _stores.Credits.AddAsync(Credit("c2", General, Bob, Alice, CreditAudience.Channel, T0.AddDays(1)));
        await _stores.Credits.AddAsync(Credit("c3", TeamsGeneral, Bob, Alice, CreditAudience.Channel, T0.AddDays(1)));
        await _stores.Credits.AddAsync(Credit("c4", Random, Alice, Bob, CreditAudience.RecipientAndManager, T0.AddDays(1)));
        await _stores.Credits.AddAsync(Credit("c5", Random, Alice, Bob, CreditAudience.Channel, T0.AddDays(8)));

        Assert.That(await _stores.Credits.ListChannelsWithSharedCreditsAsync(T0, T0.AddDays(7)), Is.EquivalentTo(new[] { General, TeamsGeneral }));
    }

    [Test]
    public async Task CreditCountReceived_AnyAudienceSinceInclusive_PerReceiverOfThatChannel()
    {
        var carol = new MemberKey("T1", "pseudonym-carol");
        await _stores.Credits.AddAsync(Credit("c1", General, Alice, Bob, CreditAudience.Channel, T0));
        await _stores.Credits.AddAsync(Credit("c2", General, carol, Bob, CreditAudience.RecipientOnly, T0.AddDays(1)));
        await _stores.Credits.AddAsync(Credit("c3", General, Bob, Alice, CreditAudience.Thread, T0.AddDays(1)));
        await _stores.Credits.AddAsync(Credit("c4", General, Alice, carol, CreditAudience.Channel, T0.AddMilliseconds(-1)));
        await _stores.Credits.AddAsync(Credit("c5", Random, Alice, carol, CreditAudience.Channel, T0.AddDays(1)));

        var counts = await _stores.Credits.CountReceivedAsync(General, T0);

        Assert.That(counts, Is.EquivalentTo(new Dictionary<string, int> { [Bob.Pseudonym] = 2, [Alice.Pseudonym] = 1 }));
    }

    [Test]
    public async Task CreditPurgeBefore_OldAndNew_DeletesOnlyGivenBeforeAndCountsThem()
    {
        await _stores.Credits.AddAsync(Credit("c-old1", General, Alice, Bob, CreditAudience.Channel, T0.AddDays(-400)));
        await _stores.Credits.AddAsync(Credit("c-old2", General, Alice, Bob, CreditAudience.RecipientOnly, T0.AddMilliseconds(-1)));
        var kept = Credit("c-new", General, Alice, Bob, CreditAudience.Channel, T0);
        await _stores.Credits.AddAsync(kept);

        var purged = await _stores.Credits.PurgeBeforeAsync(T0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(2));
            Assert.That(await _stores.Credits.CountReceivedAsync(General, T0.AddDays(-500)), Is.EquivalentTo(new Dictionary<string, int> { [Bob.Pseudonym] = 1 }));
            Assert.That(await _stores.Credits.ListSharedInChannelAsync(General, T0.AddDays(-500), T0.AddDays(1)), Is.EqualTo(new[] { kept }));
        }
    }

    [Test]
    public async Task CreditErase_Member_DeletesCreditsTheyGaveOrReceivedOnly()
    {
        var carol = new MemberKey("T1", "pseudonym-carol");
        await _stores.Credits.AddAsync(Credit("c-given", General, Alice, Bob, CreditAudience.Channel, T0));
        await _stores.Credits.AddAsync(Credit("c-received", General, Bob, Alice, CreditAudience.Channel, T0));
        var others = Credit("c-others", General, Bob, carol, CreditAudience.Channel, T0);
        var elsewhere = Credit("c-elsewhere", General with { WorkspaceId = "T2" }, AliceElsewhere, new MemberKey("T2", "pseudonym-dan"), CreditAudience.Channel, T0);
        await _stores.Credits.AddAsync(others);
        await _stores.Credits.AddAsync(elsewhere);

        await _stores.Credits.EraseAsync(Alice);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _stores.Credits.ListSharedInChannelAsync(General, T0, T0.AddDays(1)), Is.EqualTo(new[] { others }));
            Assert.That(await _stores.Credits.ListSharedInChannelAsync(General with { WorkspaceId = "T2" }, T0, T0.AddDays(1)), Is.EqualTo(new[] { elsewhere }));
        }
    }

    private static Credit Credit(string id, ChatAddress channel, MemberKey giver, MemberKey receiver, CreditAudience audience, DateTimeOffset givenAt) =>
        new(id, $"origin-{id}", channel, giver, $"U-{giver.Pseudonym}", receiver, $"U-{receiver.Pseudonym}", $"thanks for {id}", audience, CreditSource.Command, null, givenAt);
}

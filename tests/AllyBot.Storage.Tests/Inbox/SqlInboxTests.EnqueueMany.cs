using AllyBot.Core.Inbox;
using AllyBot.Storage.Inbox;

namespace AllyBot.Storage.Tests.Inbox;

/// <summary>The group-commit insert, on every provider.</summary>
public abstract partial class SqlInboxTests
{
    [Test]
    public async Task EnqueueMany_NewKeysAndKnownKey_ReturnsPerArrivalWhetherItWasNew()
    {
        await _inbox.EnqueueAsync("Ev-known", InboxKinds.Message, "{}", T0);

        var accepted = await _inbox.EnqueueManyAsync([Arrival("Ev-a"), Arrival("Ev-known"), Arrival("Ev-b")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.EqualTo(new[] { true, false, true }));
            Assert.That(await _inbox.CountPendingAsync(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task EnqueueMany_SameKeyTwiceInOneList_KeepsTheFirstOnly()
    {
        var accepted = await _inbox.EnqueueManyAsync([Arrival("Ev-1", "{\"first\":true}"), Arrival("Ev-1", "{\"retry\":true}")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.EqualTo(new[] { true, false }));
            Assert.That(await _database.QueryAsync<string>("SELECT payload FROM inbox"), Is.EqualTo(new[] { "{\"first\":true}" }));
        }
    }

    [Test]
    public async Task EnqueueMany_List_StoresKindPayloadAndTimesOfEachArrival()
    {
        await _inbox.EnqueueManyAsync([Arrival("Ev-3", "{\"n\":3}"), Arrival("Ev-1", "{\"n\":1}", InboxKinds.Command), Arrival("Ev-2", "{\"n\":2}")]);

        var rows = await _database.QueryAsync<(string Key, string Kind, string Payload, long ReceivedAt, long DueAt)>(
            "SELECT dedupe_key, kind, payload, received_at, due_at FROM inbox ORDER BY payload");
        var t0 = T0.ToUnixTimeMilliseconds();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Ev-1", InboxKinds.Command, "{\"n\":1}", t0, t0),
            ("Ev-2", InboxKinds.Message, "{\"n\":2}", t0, t0),
            ("Ev-3", InboxKinds.Message, "{\"n\":3}", t0, t0),
        }));
    }

    [Test]
    public async Task EnqueueMany_TwoInstancesCommitTheSameKeysInOppositeOrders_BothCommitAndEachKeyIsStoredOnce()
    {
        // Duplicate deliveries reach two instances in different orders; their commits must wait on each other, not deadlock.
        var keys = Enumerable.Range(0, 200).Select(i => $"Ev-{i:D3}").ToList();
        SqlInbox[] inboxes = [new(_database.CreateSeparateConnections()), new(_database.CreateSeparateConnections())];

        for (var round = 0; round < 5; round++)
        {
            var ascending = keys.Select(k => Arrival($"{k}-{round}")).ToList();
            var descending = Enumerable.Reverse(ascending).ToList();

            var answers = await Task.WhenAll(
                Task.Run(() => inboxes[0].EnqueueManyAsync(ascending)),
                Task.Run(() => inboxes[1].EnqueueManyAsync(descending)));

            var acceptedKeys = ascending.Where((_, i) => answers[0][i]).Concat(descending.Where((_, i) => answers[1][i])).Select(a => a.DedupeKey);
            Assert.That(acceptedKeys, Is.EquivalentTo(ascending.Select(a => a.DedupeKey)), $"round {round}: every key accepted by exactly one instance");
        }

        Assert.That(await _inbox.CountPendingAsync(), Is.EqualTo(keys.Count * 5));
        foreach (var inbox in inboxes)
        {
            await inbox.DisposeAsync();
        }
    }

    [Test]
    public async Task EnqueueMany_InsertFailsMidList_StoresNoneOfTheListAndTheNextListCommits()
    {
        var broken = new InboxArrival("Ev-2", null!, "{}", T0); // no kind: the insert fails mid-list

        Assert.That(async () => await _inbox.EnqueueManyAsync([Arrival("Ev-1"), broken, Arrival("Ev-3")]), Throws.Exception);
        var next = await _inbox.EnqueueManyAsync([Arrival("Ev-1"), Arrival("Ev-4")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next, Is.EqualTo(new[] { true, true }));
            Assert.That(await _database.QueryAsync<string>("SELECT dedupe_key FROM inbox ORDER BY dedupe_key"), Is.EqualTo(new[] { "Ev-1", "Ev-4" }));
        }
    }

    [Test]
    public async Task EnqueueMany_AfterManyListsOnOneInbox_EveryListIsCommittedAndVisibleToOtherConnections()
    {
        for (var list = 0; list < 20; list++)
        {
            await _inbox.EnqueueManyAsync([.. Enumerable.Range(0, 10).Select(i => Arrival($"Ev-{list:D2}-{i}"))]);
        }

        await using var other = new SqlInbox(_database.CreateSeparateConnections());
        Assert.That(await other.CountPendingAsync(), Is.EqualTo(200));
    }

    [Test]
    public async Task EnqueueMany_EmptyList_ReturnsEmptyAndStoresNothing()
    {
        var accepted = await _inbox.EnqueueManyAsync([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.Empty);
            Assert.That(await _inbox.CountPendingAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task EnqueueMany_Cancelled_StoresNone()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(
            async () => await _inbox.EnqueueManyAsync([Arrival("Ev-1"), Arrival("Ev-2")], cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await _inbox.CountPendingAsync(), Is.Zero);
    }

    [Test]
    public void EnqueueMany_NullArrival_ThrowsArgumentNullException()
    {
        Assert.That(async () => await _inbox.EnqueueManyAsync([Arrival("Ev-1"), null!]), Throws.ArgumentNullException);
    }

    private static InboxArrival Arrival(string key, string payload = "{}", string kind = InboxKinds.Message) => new(key, kind, payload, T0);
}

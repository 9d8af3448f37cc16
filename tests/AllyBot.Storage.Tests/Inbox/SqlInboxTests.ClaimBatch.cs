using System.Collections.Concurrent;
using AllyBot.Core.Inbox;
using AllyBot.Storage.Inbox;

namespace AllyBot.Storage.Tests.Inbox;

/// <summary>Batch claims and giving back unstarted entries, on every provider.</summary>
public abstract partial class SqlInboxTests
{
    [Test]
    public async Task ClaimBatch_MoreDueThanMax_ClaimsTheOldestMaxInReceiveOrder()
    {
        await _inbox.EnqueueAsync("Ev-3", InboxKinds.Message, "{\"n\":3}", T0.AddSeconds(3));
        await _inbox.EnqueueAsync("Ev-1", InboxKinds.Command, "{\"n\":1}", T0.AddSeconds(1));
        await _inbox.EnqueueAsync("Ev-4", InboxKinds.Message, "{}", T0.AddSeconds(4));
        await _inbox.EnqueueAsync("Ev-2", InboxKinds.Message, "{\"n\":2}", T0.AddSeconds(2));

        var claimed = await _inbox.ClaimBatchAsync("w1", T0.AddMinutes(1), Lease, 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed.Select(e => (e.DedupeKey, e.Kind, e.Payload, e.Attempts, e.DueAt)), Is.EqualTo(new[]
            {
                ("Ev-1", InboxKinds.Command, "{\"n\":1}", 0, T0.AddSeconds(1)),
                ("Ev-2", InboxKinds.Message, "{\"n\":2}", 0, T0.AddSeconds(2)),
                ("Ev-3", InboxKinds.Message, "{\"n\":3}", 0, T0.AddSeconds(3)),
            }));
            Assert.That((await _inbox.ClaimBatchAsync("w2", T0.AddMinutes(1), Lease, 3)).Select(e => e.DedupeKey), Is.EqualTo(new[] { "Ev-4" }));
            Assert.That(await _inbox.ClaimBatchAsync("w3", T0.AddMinutes(1), Lease, 3), Is.Empty);
        }
    }

    [Test]
    public async Task ClaimBatch_CommandAndButtonBehindMessages_ClaimsThemFirstThenTheOldestMessages()
    {
        for (var i = 1; i <= 4; i++)
        {
            await _inbox.EnqueueAsync($"Ev-msg-{i}", InboxKinds.Message, "{}", T0.AddSeconds(i));
        }

        await _inbox.EnqueueAsync("Ev-button", InboxKinds.Button, "{}", T0.AddSeconds(6));
        await _inbox.EnqueueAsync("Ev-command", InboxKinds.Command, "{}", T0.AddSeconds(5));
        await _inbox.EnqueueAsync("Ev-edit", InboxKinds.Edit, "{}", T0.AddSeconds(7));

        var first = await _inbox.ClaimBatchAsync("w1", T0.AddMinutes(1), Lease, 3);
        var second = await _inbox.ClaimBatchAsync("w1", T0.AddMinutes(1), Lease, 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(e => e.DedupeKey), Is.EqualTo(new[] { "Ev-command", "Ev-button", "Ev-msg-1" }));
            Assert.That(second.Select(e => e.DedupeKey), Is.EqualTo(new[] { "Ev-msg-2", "Ev-msg-3", "Ev-msg-4", "Ev-edit" }));
        }
    }

    [Test]
    public async Task ClaimBatch_MoreCommandsDueThanMax_ClaimsTheOldestCommandsOnly()
    {
        await _inbox.EnqueueAsync("Ev-msg", InboxKinds.Message, "{}", T0);
        for (var i = 1; i <= 3; i++)
        {
            await _inbox.EnqueueAsync($"Ev-command-{i}", InboxKinds.Command, "{}", T0.AddSeconds(i));
        }

        var claimed = await _inbox.ClaimBatchAsync("w1", T0.AddMinutes(1), Lease, 2);

        Assert.That(claimed.Select(e => e.DedupeKey), Is.EqualTo(new[] { "Ev-command-1", "Ev-command-2" }));
    }

    [Test]
    public async Task ClaimBatch_LeasedNotDueAndDoneEntries_ClaimsOnlyTheFreeDueOnes()
    {
        await _inbox.EnqueueAsync("Ev-leased", InboxKinds.Message, "{}", T0);
        await _inbox.ClaimNextAsync("w1", T0, Lease);
        await _inbox.EnqueueAsync("Ev-done", InboxKinds.Message, "{}", T0.AddSeconds(1));
        await _inbox.CompleteAsync((await _inbox.ClaimNextAsync("w1", T0.AddSeconds(1), Lease))!.Id);
        await _inbox.EnqueueAsync("Ev-retry-later", InboxKinds.Message, "{}", T0.AddSeconds(2));
        await _inbox.ReleaseAsync((await _inbox.ClaimNextAsync("w1", T0.AddSeconds(2), Lease))!.Id, T0.AddHours(1));
        await _inbox.EnqueueAsync("Ev-free", InboxKinds.Message, "{}", T0.AddSeconds(3));

        var claimed = await _inbox.ClaimBatchAsync("w2", T0.AddMinutes(1), Lease, 10);

        Assert.That(claimed.Select(e => e.DedupeKey), Is.EqualTo(new[] { "Ev-free" }));
    }

    [Test]
    public async Task ClaimBatch_LeaseExpired_ClaimsItAgainCountingTheLostAttempt()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);
        await _inbox.ClaimBatchAsync("w1", T0, Lease, 5);

        var again = await _inbox.ClaimBatchAsync("w2", T0 + Lease, Lease, 5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Select(e => (e.DedupeKey, e.Attempts)), Is.EqualTo(new[] { ("Ev1", 1) }));
            Assert.That(await _database.QueryAsync<string>("SELECT lease_owner FROM inbox"), Is.EqualTo(new[] { "w2" }));
        }
    }

    [Test]
    public async Task ClaimBatch_LeaseExpiredMaxAttemptsTimes_DropsEntryWithItsPayload()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{\"text\":\"poison\"}", T0);
        var now = T0;
        for (var claim = 0; claim < SqlInbox.MaxAttempts; claim++)
        {
            Assert.That(await _inbox.ClaimBatchAsync("w1", now, Lease, 5), Has.Count.EqualTo(1), $"claim {claim + 1}");
            now += Lease;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _inbox.ClaimBatchAsync("w1", now, Lease, 5), Is.Empty);
            Assert.That(await _database.QueryAsync<string?>("SELECT payload FROM inbox"), Is.EqualTo(new string?[] { null }));
        }
    }

    [Test]
    public async Task ClaimBatch_TwoInboxesOnSeparateConnectionPoolsClaimingConcurrently_ClaimEachEntryExactlyOnce()
    {
        var (entries, workersPerInbox) = ConcurrentClaims;
        await _inbox.EnqueueManyAsync([.. Enumerable.Range(0, entries).Select(i => new InboxArrival($"Ev{i}", InboxKinds.Message, "{}", T0.AddMilliseconds(i)))]);
        var claimed = new ConcurrentBag<long>();
        var now = T0.AddMinutes(1);
        SqlInbox[] inboxes = [new(_database.CreateSeparateConnections()), new(_database.CreateSeparateConnections())];

        async Task WorkAsync(SqlInbox inbox, string worker)
        {
            while (await inbox.ClaimBatchAsync(worker, now, Lease, 7) is { Count: > 0 } batch)
            {
                foreach (var entry in batch)
                {
                    claimed.Add(entry.Id);
                }
            }
        }

        await Task.WhenAll(inboxes.SelectMany((inbox, i) => Enumerable.Range(0, workersPerInbox)
            .Select(w => Task.Run(() => WorkAsync(inbox, $"instance{i}-worker{w}")))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed, Has.Count.EqualTo(entries));
            Assert.That(claimed.Distinct().Count(), Is.EqualTo(entries));
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM inbox WHERE lease_owner IS NULL OR attempts <> 0"), Is.EqualTo(new[] { 0L }));
        }
    }

    [Test]
    public async Task Unclaim_OwnUnstartedEntries_FreesThemWithoutCountingAnAttempt()
    {
        await _inbox.EnqueueManyAsync([new("Ev-1", InboxKinds.Message, "{}", T0), new("Ev-2", InboxKinds.Message, "{}", T0), new("Ev-3", InboxKinds.Message, "{}", T0)]);
        var claimed = await _inbox.ClaimBatchAsync("w1", T0, Lease, 3);

        var unclaimed = await _inbox.UnclaimAsync("w1", [claimed[1].Id, claimed[2].Id]);
        var reclaimed = await _inbox.ClaimBatchAsync("w2", T0.AddSeconds(1), Lease, 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unclaimed, Is.EqualTo(2));
            Assert.That(reclaimed.Select(e => (e.DedupeKey, e.Attempts)), Is.EqualTo(new[] { ("Ev-2", 0), ("Ev-3", 0) }));
        }
    }

    [Test]
    public async Task Unclaim_EntryLeasedByAnotherWorkerOrDone_LeavesItAlone()
    {
        await _inbox.EnqueueManyAsync([new("Ev-other", InboxKinds.Message, "{}", T0), new("Ev-done", InboxKinds.Message, "{}", T0.AddSeconds(1))]);
        var other = (await _inbox.ClaimBatchAsync("w2", T0, Lease, 1)).Single();
        var done = (await _inbox.ClaimBatchAsync("w1", T0.AddSeconds(1), Lease, 1)).Single();
        await _inbox.CompleteAsync(done.Id);

        var unclaimed = await _inbox.UnclaimAsync("w1", [other.Id, done.Id]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unclaimed, Is.Zero);
            Assert.That(await _database.QueryAsync<string?>("SELECT lease_owner FROM inbox ORDER BY received_at"), Is.EqualTo(new string?[] { "w2", null }));
        }
    }

    [Test]
    public void ClaimBatch_MaxBelowOne_ThrowsArgumentOutOfRange()
    {
        Assert.That(async () => await _inbox.ClaimBatchAsync("w1", T0, Lease, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}

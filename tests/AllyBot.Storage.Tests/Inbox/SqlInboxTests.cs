using System.Collections.Concurrent;
using AllyBot.Core.Inbox;
using AllyBot.Storage.Inbox;

namespace AllyBot.Storage.Tests.Inbox;

/// <summary>What <see cref="SqlInbox"/> must do on every provider; one fixture per provider derives from it.</summary>
public abstract partial class SqlInboxTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private ITestDatabase _database = null!;
    private SqlInbox _inbox = null!;

    /// <summary>How many entries the concurrency test enqueues, and how many workers each of its two inboxes runs.</summary>
    protected virtual (int Entries, int WorkersPerInbox) ConcurrentClaims => (200, 1);

    [SetUp]
    public async Task CreateAsync()
    {
        _database = await OpenDatabaseAsync();
        _inbox = _database.CreateInbox();
    }

    [TearDown]
    public async Task CloseAsync()
    {
        await _inbox.DisposeAsync();
        await CloseDatabaseAsync(_database);
    }

    /// <summary>A migrated database with an empty inbox, for one test.</summary>
    private protected abstract Task<ITestDatabase> OpenDatabaseAsync();

    /// <summary>Called after each test with the database <see cref="OpenDatabaseAsync"/> gave it.</summary>
    private protected abstract Task CloseDatabaseAsync(ITestDatabase database);

    [Test]
    public async Task Enqueue_NewKey_ReturnsTrueAndIsPending()
    {
        var accepted = await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.True);
            Assert.That(await _inbox.CountPendingAsync(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Enqueue_KnownKey_ReturnsFalseAndKeepsOneEntry()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{\"first\":true}", T0);

        var accepted = await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{\"retry\":true}", T0.AddSeconds(3));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.False);
            Assert.That(await _inbox.CountPendingAsync(), Is.EqualTo(1));
            Assert.That((await _inbox.ClaimNextAsync("w1", T0.AddMinutes(1), Lease))!.Payload, Is.EqualTo("{\"first\":true}"));
        }
    }

    [Test]
    public async Task Enqueue_KnownKeyAfterDone_ReturnsFalse()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);
        var entry = await _inbox.ClaimNextAsync("w1", T0, Lease);
        await _inbox.CompleteAsync(entry!.Id);

        var accepted = await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0.AddMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted, Is.False);
            Assert.That(await _inbox.CountPendingAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task ClaimNext_Empty_ReturnsNull()
    {
        Assert.That(await _inbox.ClaimNextAsync("w1", T0, Lease), Is.Null);
    }

    [Test]
    public async Task ClaimNext_Entry_ReturnsItsKeyKindPayloadNoAttemptsAndArrivalAsDueTime()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Command, "{\"text\":\"help\"}", T0);

        var entry = await _inbox.ClaimNextAsync("w1", T0, Lease);

        Assert.That(entry, Is.EqualTo(new InboxEntry(entry!.Id, "Ev1", InboxKinds.Command, "{\"text\":\"help\"}", 0, T0)));
    }

    [Test]
    public async Task ClaimNext_SeveralDue_ClaimsOldestReceivedFirst()
    {
        await _inbox.EnqueueAsync("Ev-late", InboxKinds.Message, "{}", T0.AddSeconds(2));
        await _inbox.EnqueueAsync("Ev-early", InboxKinds.Message, "{}", T0);
        await _inbox.EnqueueAsync("Ev-middle", InboxKinds.Message, "{}", T0.AddSeconds(1));

        var now = T0.AddMinutes(1);
        var order = new List<string>();
        while (await _inbox.ClaimNextAsync("w1", now, Lease) is { } entry)
        {
            order.Add(entry.DedupeKey);
        }

        Assert.That(order, Is.EqualTo(new[] { "Ev-early", "Ev-middle", "Ev-late" }));
    }

    [Test]
    public async Task ClaimNext_ReceivedAfterNow_ReturnsNull()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0.AddSeconds(1));

        Assert.That(await _inbox.ClaimNextAsync("w1", T0, Lease), Is.Null);
    }

    [Test]
    public async Task ClaimNext_OnlyEntryLeased_OtherWorkerGetsNothingUntilLeaseEnds()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);
        await _inbox.ClaimNextAsync("w1", T0, Lease);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _inbox.ClaimNextAsync("w2", T0, Lease), Is.Null);
            Assert.That(await _inbox.ClaimNextAsync("w2", T0 + Lease - TimeSpan.FromMilliseconds(1), Lease), Is.Null);
        }
    }

    [Test]
    public async Task ClaimNext_LeaseExpired_OtherWorkerClaimsItCountingTheLostAttempt()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);
        var first = await _inbox.ClaimNextAsync("w1", T0, Lease);

        var second = await _inbox.ClaimNextAsync("w2", T0 + Lease, Lease);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second?.Id, Is.EqualTo(first!.Id));
            Assert.That(second?.Attempts, Is.EqualTo(1));
            Assert.That(await _database.QueryAsync<string>("SELECT lease_owner FROM inbox"), Is.EqualTo(new[] { "w2" }));
        }
    }

    [Test]
    public async Task ClaimNext_LeaseExpiredMaxAttemptsTimes_DropsEntryWithItsPayload()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{\"text\":\"poison\"}", T0);
        var now = T0;
        for (var claim = 0; claim < SqlInbox.MaxAttempts; claim++)
        {
            Assert.That(await _inbox.ClaimNextAsync("w1", now, Lease), Is.Not.Null, $"claim {claim + 1}");
            now += Lease;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _inbox.ClaimNextAsync("w1", now, Lease), Is.Null);
            Assert.That(await _inbox.CountPendingAsync(), Is.Zero);
            Assert.That(await _database.QueryAsync<string?>("SELECT payload FROM inbox"), Is.EqualTo(new string?[] { null }));
        }
    }

    [Test]
    public async Task ClaimNext_TwoInboxesOnSeparateConnectionPoolsClaimingConcurrently_ClaimEachEntryExactlyOnce()
    {
        var (entries, workersPerInbox) = ConcurrentClaims;
        for (var i = 0; i < entries; i++)
        {
            await _inbox.EnqueueAsync($"Ev{i}", InboxKinds.Message, $"{{\"n\":{i}}}", T0.AddMilliseconds(i));
        }

        var claimed = new ConcurrentBag<(string Worker, long Id)>();
        var claimedWhenToldEmpty = new ConcurrentBag<int>();
        var now = T0.AddMinutes(1);

        // Each inbox has its own connection factory (its own pool), as two AllyBot instances would.
        SqlInbox[] inboxes = [new(_database.CreateSeparateConnections()), new(_database.CreateSeparateConnections())];

        async Task WorkAsync(SqlInbox inbox, string worker)
        {
            while (await inbox.ClaimNextAsync(worker, now, Lease) is { } entry)
            {
                claimed.Add((worker, entry.Id));
            }

            claimedWhenToldEmpty.Add(claimed.Count);
        }

        await Task.WhenAll(inboxes.SelectMany((inbox, i) => Enumerable.Range(0, workersPerInbox)
            .Select(w => Task.Run(() => WorkAsync(inbox, $"instance{i}-worker{w}")))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed, Has.Count.EqualTo(entries));
            Assert.That(claimed.Select(c => c.Id).Distinct().Count(), Is.EqualTo(entries));

            // A claim may find nothing only once every entry is claimed or being claimed by another worker (one each at most):
            // a claimer must pass rows others are locking, not give up on them.
            Assert.That(claimedWhenToldEmpty.Min(), Is.GreaterThanOrEqualTo(entries - ((2 * workersPerInbox) - 1)), "a worker was told the inbox was empty too early");
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM inbox WHERE lease_owner IS NULL"), Is.EqualTo(new[] { 0L }));
            Assert.That(await _database.QueryAsync<long>("SELECT COUNT(*) FROM inbox WHERE attempts <> 0"), Is.EqualTo(new[] { 0L }));
        }
    }

    [Test]
    public async Task Complete_ClaimedEntry_ClearsPayloadAndLeaseAndIsNoLongerPending()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{\"text\":\"hi guys\"}", T0);
        var entry = await _inbox.ClaimNextAsync("w1", T0, Lease);

        await _inbox.CompleteAsync(entry!.Id);

        var row = (await _database.QueryAsync<(string? Payload, long Done, string? Owner, long? Until)>(
            "SELECT payload, CASE WHEN done THEN 1 ELSE 0 END, lease_owner, lease_until FROM inbox")).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row, Is.EqualTo((default(string), 1L, default(string), default(long?))));
            Assert.That(await _inbox.CountPendingAsync(), Is.Zero);
            Assert.That(await _inbox.ClaimNextAsync("w1", T0 + Lease + Lease, Lease), Is.Null);
        }
    }

    [Test]
    public async Task Release_FailedEntry_DueAgainAtRetryTimeWithOneMoreAttempt()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);
        var entry = await _inbox.ClaimNextAsync("w1", T0, Lease);
        var retryAt = T0.AddSeconds(30);

        await _inbox.ReleaseAsync(entry!.Id, retryAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _inbox.ClaimNextAsync("w2", retryAt.AddMilliseconds(-1), Lease), Is.Null);
            var again = await _inbox.ClaimNextAsync("w2", retryAt, Lease);
            Assert.That(again?.Id, Is.EqualTo(entry.Id));
            Assert.That(again?.Attempts, Is.EqualTo(1));
            Assert.That(again?.Payload, Is.EqualTo("{}"));
            Assert.That(again?.DueAt, Is.EqualTo(retryAt));
        }
    }

    [Test]
    public async Task Release_MaxAttemptsTimes_DropsEntryWithItsPayload()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{\"text\":\"hi guys\"}", T0);
        var now = T0;
        for (var attempt = 0; attempt < SqlInbox.MaxAttempts; attempt++)
        {
            var entry = await _inbox.ClaimNextAsync("w1", now, Lease);
            Assert.That(entry?.Attempts, Is.EqualTo(attempt));
            now = now.AddSeconds(10);
            await _inbox.ReleaseAsync(entry!.Id, now);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _inbox.ClaimNextAsync("w1", now.AddDays(1), Lease), Is.Null);
            Assert.That(await _inbox.CountPendingAsync(), Is.Zero);
            Assert.That(await _database.QueryAsync<string?>("SELECT payload FROM inbox"), Is.EqualTo(new string?[] { null }));
        }
    }

    [Test]
    public async Task CountPending_MixOfNewLeasedAndDone_CountsNotDone()
    {
        await _inbox.EnqueueAsync("Ev1", InboxKinds.Message, "{}", T0);
        await _inbox.EnqueueAsync("Ev2", InboxKinds.Message, "{}", T0.AddSeconds(1));
        await _inbox.EnqueueAsync("Ev3", InboxKinds.Message, "{}", T0.AddSeconds(2));
        var done = await _inbox.ClaimNextAsync("w1", T0.AddMinutes(1), Lease);
        await _inbox.CompleteAsync(done!.Id);
        await _inbox.ClaimNextAsync("w1", T0.AddMinutes(1), Lease);

        Assert.That(await _inbox.CountPendingAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task PurgeCompleted_DoneAndPendingEntriesAroundCutoff_DeletesOnlyDoneOlderOnes()
    {
        var cutoff = T0.AddDays(1);
        await _inbox.EnqueueAsync("Ev-old-done", InboxKinds.Message, "{}", T0);
        await _inbox.EnqueueAsync("Ev-old-pending", InboxKinds.Message, "{}", T0.AddSeconds(1));
        await _inbox.EnqueueAsync("Ev-new-done", InboxKinds.Message, "{}", cutoff);
        await _inbox.CompleteAsync((await _inbox.ClaimNextAsync("w1", cutoff, Lease))!.Id);
        await _inbox.ReleaseAsync((await _inbox.ClaimNextAsync("w1", cutoff, Lease))!.Id, cutoff.AddHours(1));
        await _inbox.CompleteAsync((await _inbox.ClaimNextAsync("w1", cutoff, Lease))!.Id);

        var purged = await _inbox.PurgeCompletedAsync(cutoff);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(1));
            Assert.That(await _database.QueryAsync<string>("SELECT dedupe_key FROM inbox ORDER BY id"), Is.EqualTo(new[] { "Ev-old-pending", "Ev-new-done" }));
            Assert.That(await _inbox.EnqueueAsync("Ev-old-done", InboxKinds.Message, "{}", cutoff), Is.True);
            Assert.That(await _inbox.EnqueueAsync("Ev-new-done", InboxKinds.Message, "{}", cutoff), Is.False);
        }
    }
}

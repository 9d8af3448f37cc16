using System.Collections.Concurrent;
using AllyBot.Core.Outbox;
using AllyBot.Storage.Outbox;

namespace AllyBot.Storage.Tests.Outbox;

/// <summary>What <see cref="SqlOutbox"/> must do on every provider; one fixture per provider derives from it.</summary>
public abstract class SqlOutboxTests
{
    private const string Secret = "private-nudge-text-7f3a";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private ITestDatabase _database = null!;
    private SqlOutbox _outbox = null!;

    /// <summary>How many entries the two-instance test enqueues, and how many workers each instance runs.</summary>
    protected virtual (int Entries, int WorkersPerInstance) ConcurrentClaims => (100, 1);

    [SetUp]
    public async Task CreateAsync()
    {
        _database = await OpenDatabaseAsync();
        _outbox = new SqlOutbox(_database.Connections);
    }

    [TearDown]
    public Task CloseAsync() => CloseDatabaseAsync(_database);

    private protected abstract Task<ITestDatabase> OpenDatabaseAsync();

    private protected abstract Task CloseDatabaseAsync(ITestDatabase database);

    [Test]
    public async Task Enqueue_SameKeyTwice_StoresOneEntry()
    {
        var first = await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0);
        var second = await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0.AddSeconds(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first, second), Is.EqualTo((true, false)));
            Assert.That(await _outbox.CountAsync(), Is.EqualTo(new OutboxCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task ClaimDue_Claimed_NotClaimedAgainUntilLeaseExpires()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0);

        var first = await _outbox.ClaimDueAsync("a", T0, Lease, 10);
        var whileLeased = await _outbox.ClaimDueAsync("b", T0.AddMinutes(1), Lease, 10);
        var afterLease = await _outbox.ClaimDueAsync("b", T0.AddMinutes(3), Lease, 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Single().Payload, Is.EqualTo(Payload()));
            Assert.That(first.Single().Attempts, Is.Zero);
            Assert.That(whileLeased, Is.Empty);
            Assert.That(afterLease.Single().Attempts, Is.EqualTo(1), "an expired lease counts as a failed attempt");
        }
    }

    [Test]
    public async Task MarkSent_ByOwner_DeletesPayloadAndIsNeverClaimedAgain()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0);
        var entry = (await _outbox.ClaimDueAsync("a", T0, Lease, 10)).Single();

        var marked = await _outbox.MarkSentAsync(entry.Id, "a", T0.AddSeconds(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(marked, Is.True);
            Assert.That(await _outbox.ClaimDueAsync("b", T0.AddHours(1), Lease, 10), Is.Empty);
            Assert.That(await _outbox.CountAsync(), Is.EqualTo(new OutboxCounts(0, 1, 0)));
            Assert.That(await _database.ColumnsContainingAsync(Secret), Is.Empty);
        }
    }

    [Test]
    public async Task MarkSent_LeaseTakenOverByAnother_ReturnsFalse()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0);
        var entry = (await _outbox.ClaimDueAsync("a", T0, Lease, 10)).Single();
        await _outbox.ClaimDueAsync("b", T0.AddMinutes(3), Lease, 10);

        Assert.That(await _outbox.MarkSentAsync(entry.Id, "a", T0.AddMinutes(3)), Is.False);
    }

    [Test]
    public async Task RetryLater_NotDueBeforeRetryTime_ThenClaimedWithAttemptCounted()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.DialogPrompt, "Teams", Payload(), T0);
        var entry = (await _outbox.ClaimDueAsync("a", T0, Lease, 10)).Single();

        await _outbox.RetryLaterAsync(entry.Id, "a", T0.AddSeconds(30), "http_503");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _outbox.ClaimDueAsync("a", T0.AddSeconds(29), Lease, 10), Is.Empty);
            Assert.That((await _outbox.ClaimDueAsync("a", T0.AddSeconds(30), Lease, 10)).Single().Attempts, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task RetryLater_NotCountedAsAttempt_KeepsAttempts()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.ChannelPost, "Teams", Payload(), T0);
        var entry = (await _outbox.ClaimDueAsync("a", T0, Lease, 10)).Single();

        await _outbox.RetryLaterAsync(entry.Id, "a", T0.AddSeconds(30), "circuit_open", countsAsAttempt: false);

        var again = (await _outbox.ClaimDueAsync("a", T0.AddSeconds(30), Lease, 10)).Single();
        Assert.That((again.Attempts, again.Platform, again.Kind), Is.EqualTo((0, "Teams", OutboxKinds.ChannelPost)));
    }

    [Test]
    public async Task DeadLetter_KeepsIdsAndErrorCodeOnly()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0);
        var entry = (await _outbox.ClaimDueAsync("a", T0, Lease, 10)).Single();

        await _outbox.DeadLetterAsync(entry.Id, "a", T0, "channel_not_found");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _outbox.CountAsync(), Is.EqualTo(new OutboxCounts(0, 0, 1)));
            Assert.That(await _database.ColumnsContainingAsync(Secret), Is.Empty);
            Assert.That(await _database.QueryAsync<string>("SELECT last_error FROM outbox"), Is.EqualTo(new[] { "channel_not_found" }));
            Assert.That(await _outbox.ClaimDueAsync("b", T0.AddDays(1), Lease, 10), Is.Empty);
        }
    }

    [Test]
    public async Task Unclaim_GivesBackWithoutCountingAnAttempt()
    {
        await _outbox.EnqueueAsync("k1", OutboxKinds.Nudge, "Slack", Payload(), T0);
        var entry = (await _outbox.ClaimDueAsync("a", T0, Lease, 10)).Single();

        var given = await _outbox.UnclaimAsync("a", [entry.Id]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(given, Is.EqualTo(1));
            Assert.That((await _outbox.ClaimDueAsync("b", T0, Lease, 10)).Single().Attempts, Is.Zero);
        }
    }

    [Test]
    public async Task PurgeFinished_DeletesOldSentAndDeadButKeepsPending()
    {
        await _outbox.EnqueueAsync("sent", OutboxKinds.Nudge, "Slack", Payload(), T0);
        await _outbox.EnqueueAsync("dead", OutboxKinds.Nudge, "Slack", Payload(), T0);
        await _outbox.EnqueueAsync("pending", OutboxKinds.Nudge, "Slack", Payload(), T0.AddHours(1));
        var claimed = await _outbox.ClaimDueAsync("a", T0, Lease, 10);
        await _outbox.MarkSentAsync(claimed[0].Id, "a", T0);
        await _outbox.DeadLetterAsync(claimed[1].Id, "a", T0, "x");

        var purged = await _outbox.PurgeFinishedAsync(T0.AddMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(2));
            Assert.That(await _outbox.CountAsync(), Is.EqualTo(new OutboxCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task ClaimDue_TwoInstancesRacing_EachEntryClaimedOnce()
    {
        var (entries, workers) = ConcurrentClaims;
        for (var i = 0; i < entries; i++)
        {
            await _outbox.EnqueueAsync($"k{i}", OutboxKinds.Nudge, "Slack", "{}", T0.AddMilliseconds(i));
        }

        var claimed = new ConcurrentBag<long>();
        SqlOutbox[] instances = [new(_database.CreateSeparateConnections()), new(_database.CreateSeparateConnections())];

        async Task WorkAsync(SqlOutbox outbox, string owner)
        {
            while ((await outbox.ClaimDueAsync(owner, T0.AddMinutes(1), Lease, 3)) is { Count: > 0 } batch)
            {
                foreach (var entry in batch)
                {
                    claimed.Add(entry.Id);
                    Assert.That(await outbox.MarkSentAsync(entry.Id, owner, T0.AddMinutes(1)), Is.True);
                }
            }
        }

        await Task.WhenAll(instances.SelectMany((outbox, i) => Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(outbox, $"i{i}w{w}")))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed, Has.Count.EqualTo(entries));
            Assert.That(claimed.Distinct().Count(), Is.EqualTo(entries));
            Assert.That(await _outbox.CountAsync(), Is.EqualTo(new OutboxCounts(0, entries, 0)));
        }
    }

    private static string Payload() => $"{{\"text\":\"{Secret}\"}}";
}

using System.Collections.Concurrent;
using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;
using AllyBot.Host.Inbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllyBot.Host.Tests.Inbox;

public sealed class InboxGroupCommitterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly GatedInbox _inbox = new();

    [Test]
    public async Task Enqueue_ArrivalsQueuedDuringACommit_CommittedTogetherInArrivalOrder()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance);
        _inbox.HoldNextBatch();
        var first = committer.EnqueueAsync(Arrival("Ev-0"));
        await _inbox.WaitForBatchesAsync(1);

        var rest = Enumerable.Range(1, 5).Select(i => committer.EnqueueAsync(Arrival($"Ev-{i}"))).ToList();
        await GatedInbox.WaitForQueuedAsync(committer, 5);
        _inbox.Release();

        Assert.That(await Task.WhenAll(rest.Prepend(first)).WaitAsync(Timeout), Is.All.True);
        Assert.That(_inbox.Batches, Is.EqualTo(new[] { new[] { "Ev-0" }, new[] { "Ev-1", "Ev-2", "Ev-3", "Ev-4", "Ev-5" } }));
    }

    [Test]
    public async Task Enqueue_KeySeenBefore_ReturnsFalseForTheRepeatOnly()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance);

        var first = await committer.EnqueueAsync(Arrival("Ev-1")).WaitAsync(Timeout);
        var retry = await committer.EnqueueAsync(Arrival("Ev-1")).WaitAsync(Timeout);

        Assert.That((first, retry), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Enqueue_OneBatchFails_FailsExactlyItsCallersAndLaterBatchesCommit()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance);
        _inbox.HoldNextBatch();
        var before = committer.EnqueueAsync(Arrival("Ev-before"));
        await _inbox.WaitForBatchesAsync(1);
        _inbox.FailBatchContaining("Ev-bad");
        var failing = new[] { committer.EnqueueAsync(Arrival("Ev-ok")), committer.EnqueueAsync(Arrival("Ev-bad")) };
        await GatedInbox.WaitForQueuedAsync(committer, 2);
        _inbox.Release();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await before.WaitAsync(Timeout), Is.True);
            foreach (var caller in failing)
            {
                Assert.That(async () => await caller.WaitAsync(Timeout), Throws.InvalidOperationException.With.Message.EqualTo(GatedInbox.StorageDown));
            }

            Assert.That(await committer.EnqueueAsync(Arrival("Ev-after")).WaitAsync(Timeout), Is.True);
            Assert.That(_inbox.Stored, Is.EquivalentTo(new[] { "Ev-before", "Ev-after" }));
        }
    }

    [Test]
    public async Task Enqueue_CallerCancelsWhileWaitingForTheCommit_ThrowsForThatCallerOnly()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance);
        using var request = new CancellationTokenSource();
        _inbox.HoldNextBatch();
        var cancelled = committer.EnqueueAsync(Arrival("Ev-gone"), request.Token);
        var other = committer.EnqueueAsync(Arrival("Ev-stays"));
        await _inbox.WaitForBatchesAsync(1);

        await request.CancelAsync();
        Assert.That(async () => await cancelled.WaitAsync(Timeout), Throws.InstanceOf<OperationCanceledException>());
        _inbox.Release();

        Assert.That(await other.WaitAsync(Timeout), Is.True);
    }

    [Test]
    public async Task Enqueue_QueueFull_WaitsForRoomThenCommits()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance, maxBatch: 1, capacity: 1);
        _inbox.HoldNextBatch();
        var committing = committer.EnqueueAsync(Arrival("Ev-0"));
        await _inbox.WaitForBatchesAsync(1);
        var queued = committer.EnqueueAsync(Arrival("Ev-1"));
        await GatedInbox.WaitForQueuedAsync(committer, 1);

        var waiting = committer.EnqueueAsync(Arrival("Ev-2"));
        await Task.Delay(100);
        Assert.That(waiting.IsCompleted, Is.False);
        _inbox.Release();

        Assert.That(await Task.WhenAll(committing, queued, waiting).WaitAsync(Timeout), Is.All.True);
        Assert.That(_inbox.Batches, Is.EqualTo(new[] { new[] { "Ev-0" }, new[] { "Ev-1" }, new[] { "Ev-2" } }));
    }

    [Test]
    public async Task Enqueue_QueueFullAndCallerCancels_ThrowsAndNeverStoresIt()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance, maxBatch: 1, capacity: 1);
        _inbox.HoldNextBatch();
        var committing = committer.EnqueueAsync(Arrival("Ev-0"));
        await _inbox.WaitForBatchesAsync(1);
        var queued = committer.EnqueueAsync(Arrival("Ev-1"));
        await GatedInbox.WaitForQueuedAsync(committer, 1);
        using var request = new CancellationTokenSource();

        var waiting = committer.EnqueueAsync(Arrival("Ev-never"), request.Token);
        await request.CancelAsync();
        Assert.That(async () => await waiting.WaitAsync(Timeout), Throws.InstanceOf<OperationCanceledException>());
        _inbox.Release();
        await Task.WhenAll(committing, queued).WaitAsync(Timeout);

        Assert.That(_inbox.Stored, Is.EquivalentTo(new[] { "Ev-0", "Ev-1" }));
    }

    [Test]
    public async Task Dispose_ArrivalsStillQueued_CommitsThemAllBeforeReturning()
    {
        var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance, maxBatch: 2);
        _inbox.HoldNextBatch();
        var callers = Enumerable.Range(0, 5).Select(i => committer.EnqueueAsync(Arrival($"Ev-{i}"))).ToList();
        await _inbox.WaitForBatchesAsync(1);

        var disposing = committer.DisposeAsync().AsTask();
        await Task.Delay(50);
        Assert.That(disposing.IsCompleted, Is.False, "disposing waits for the commit in progress");
        _inbox.Release();
        await disposing.WaitAsync(Timeout);

        // Every row is stored once disposing returns; the callers' own continuations run on the pool, a moment later.
        Assert.That(_inbox.Stored, Is.EquivalentTo(Enumerable.Range(0, 5).Select(i => $"Ev-{i}")));
        Assert.That(await Task.WhenAll(callers).WaitAsync(Timeout), Is.All.True);
    }

    [Test]
    public async Task Enqueue_AfterDispose_ThrowsObjectDisposedAndStoresNothing()
    {
        var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance);
        await committer.DisposeAsync();

        Assert.That(async () => await committer.EnqueueAsync(Arrival("Ev-late")), Throws.InstanceOf<ObjectDisposedException>());
        Assert.That(_inbox.Stored, Is.Empty);
    }

    [Test]
    public async Task Enqueue_ManyConcurrentCallers_EachGetsItsOwnResultInFewerCommits()
    {
        await using var committer = new InboxGroupCommitter(_inbox, NullLogger<InboxGroupCommitter>.Instance, maxBatch: 32);
        _inbox.CommitDelay = TimeSpan.FromMilliseconds(2);

        // 64 callers x 25 arrivals; every tenth key repeats one already sent by the same caller.
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(caller => Task.Run(async () =>
        {
            var answers = new List<(string Key, bool Accepted)>();
            for (var i = 0; i < 25; i++)
            {
                var key = i % 10 == 9 ? $"Ev-{caller}-{i - 1}" : $"Ev-{caller}-{i}";
                answers.Add((key, await committer.EnqueueAsync(Arrival(key))));
            }

            return answers;
        }))).WaitAsync(TimeSpan.FromSeconds(60));

        var all = results.SelectMany(r => r).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Count(a => a.Accepted), Is.EqualTo(64 * 23));
            Assert.That(all.Where(a => !a.Accepted).Select(a => a.Key), Is.All.Matches<string>(k => k.EndsWith("-8", StringComparison.Ordinal) || k.EndsWith("-18", StringComparison.Ordinal)));
            Assert.That(_inbox.Stored, Has.Count.EqualTo(64 * 23).And.Unique);
            Assert.That(_inbox.Batches, Has.Count.LessThan(64 * 25 / 2), "concurrent arrivals share commits");
            Assert.That(_inbox.Batches.Max(b => b.Length), Is.LessThanOrEqualTo(32));
        }
    }

    private static InboxArrival Arrival(string key) => new(key, InboxKinds.Message, "{}", T0);

    /// <summary>
    /// An inbox that stores dedupe keys in memory, records each group commit, and can hold a commit until released or
    /// fail the one that contains a given key. The committer uses only <see cref="EnqueueManyAsync"/>.
    /// </summary>
    private sealed class GatedInbox : IInbox
    {
        public const string StorageDown = "The test storage is down.";

        private readonly ConcurrentQueue<string[]> _batches = new();
        private readonly HashSet<string> _stored = [];
        private readonly Lock _lock = new();
        private TaskCompletionSource? _hold;
        private TaskCompletionSource? _held;
        private string? _failKey;

        public TimeSpan CommitDelay { get; set; }

        public IReadOnlyList<string[]> Batches => [.. _batches];

        public IReadOnlyList<string> Stored
        {
            get
            {
                lock (_lock)
                {
                    return [.. _stored];
                }
            }
        }

        public void HoldNextBatch() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _held?.TrySetResult();

        public void FailBatchContaining(string key) => _failKey = key;

        public async Task WaitForBatchesAsync(int count)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            while (_batches.Count < count)
            {
                await Task.Delay(5, timeout.Token);
            }
        }

        /// <summary>Waits until <paramref name="count"/> arrivals sit in the committer's queue, behind the held commit.</summary>
        public static async Task WaitForQueuedAsync(InboxGroupCommitter committer, int count)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            while (committer.QueuedCount < count)
            {
                await Task.Delay(5, timeout.Token);
            }
        }

        public async Task<IReadOnlyList<bool>> EnqueueManyAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken = default)
        {
            var hold = Interlocked.Exchange(ref _hold, null);
            _held = hold ?? _held;
            _batches.Enqueue([.. arrivals.Select(a => a.DedupeKey)]);
            if (hold is not null)
            {
                await hold.Task;
            }

            if (CommitDelay > TimeSpan.Zero)
            {
                await Task.Delay(CommitDelay, cancellationToken);
            }

            if (_failKey is { } failKey && arrivals.Any(a => a.DedupeKey == failKey))
            {
                throw new InvalidOperationException(StorageDown);
            }

            lock (_lock)
            {
                return [.. arrivals.Select(a => _stored.Add(a.DedupeKey))];
            }
        }

        public Task<bool> EnqueueAsync(string dedupeKey, string kind, string payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer persists through EnqueueManyAsync only.");

        public Task<InboxEntry?> ClaimNextAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never claims.");

        public Task<IReadOnlyList<InboxEntry>> ClaimBatchAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never claims.");

        public Task<int> UnclaimAsync(string owner, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never claims.");

        public Task CompleteAsync(long id, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never completes.");

        public Task ReleaseAsync(long id, DateTimeOffset retryAt, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never releases.");

        public Task<int> PurgeCompletedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never purges.");

        public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The committer never counts.");
    }
}

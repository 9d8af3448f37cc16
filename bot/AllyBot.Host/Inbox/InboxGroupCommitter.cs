using System.Threading.Channels;
using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;

namespace AllyBot.Host.Inbox;

/// <summary>
/// Group commit for the inbox. Edges hand their arrivals to one background loop, which persists everything queued
/// while the previous commit ran in a single transaction: N concurrent requests cost one commit, not N. A caller's
/// task completes only once its own row is committed, so the edge still acks after persisting; a failed batch fails
/// exactly the callers in it (their edges answer 5xx and the platform retries). The queue is bounded: when it is
/// full, callers wait for room (backpressure), as long as their request lasts. Disposing stops taking arrivals,
/// commits every one already queued, and waits for the loop to finish.
/// </summary>
internal sealed partial class InboxGroupCommitter : IAsyncDisposable, IDisposable
{
    /// <summary>The most arrivals one transaction takes.</summary>
    public const int DefaultMaxBatch = 256;

    /// <summary>How many arrivals may wait for a commit before callers wait for room.</summary>
    public const int DefaultCapacity = 4096;

    /// <summary>How long a synchronous <see cref="Dispose"/> waits for the queued arrivals to be committed.</summary>
    private static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(30);

    private readonly IInbox _inbox;
    private readonly ILogger<InboxGroupCommitter> _logger;
    private readonly IngestPressure? _pressure;
    private readonly Channel<Pending> _queue;
    private readonly int _maxBatch;
    private readonly Task _loop;

    /// <param name="inbox">Where arrivals are persisted.</param>
    /// <param name="logger">Logs failed batches (never their text).</param>
    /// <param name="pressure">Told how many new entries each commit added (null: nobody listens).</param>
    /// <param name="maxBatch">The most arrivals one transaction takes.</param>
    /// <param name="capacity">How many arrivals may wait before callers wait for room.</param>
    public InboxGroupCommitter(IInbox inbox, ILogger<InboxGroupCommitter> logger, IngestPressure? pressure = null, int maxBatch = DefaultMaxBatch, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _inbox = inbox;
        _logger = logger;
        _pressure = pressure;
        _maxBatch = maxBatch;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>How many arrivals wait for a commit (not counting the batch being committed).</summary>
    public int QueuedCount => _queue.Reader.Count;

    /// <summary>Persists <paramref name="arrival"/> with whatever else arrives meanwhile; true when its key was new.</summary>
    /// <exception cref="ObjectDisposedException">The committer is shutting down; nothing was queued.</exception>
    /// <exception cref="OperationCanceledException">The caller gave up, waiting for room or for the commit (the row may still be committed).</exception>
    /// <remarks>Any storage error of the batch is rethrown to every caller in it.</remarks>
    public async Task<bool> EnqueueAsync(InboxArrival arrival, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arrival);
        var pending = new Pending(arrival);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw new ObjectDisposedException($"{nameof(InboxGroupCommitter)} is shutting down and takes no more arrivals.", e);
        }

        return await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        if (!_loop.Wait(DisposeTimeout))
        {
            LogShutdownTimedOut(_logger, DisposeTimeout);
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        var arrivals = new List<InboxArrival>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                arrivals.Add(pending.Arrival);
            }

            await CommitAsync(batch, arrivals).ConfigureAwait(false);
            batch.Clear();
            arrivals.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> batch, List<InboxArrival> arrivals)
    {
        try
        {
            // Not cancelled by any one caller: the others in the batch still wait for it.
            var accepted = await _inbox.EnqueueManyAsync(arrivals, CancellationToken.None).ConfigureAwait(false);
            if (accepted.Count != batch.Count)
            {
                throw new InvalidOperationException($"The inbox answered {accepted.Count} results for {batch.Count} arrivals.");
            }

            _pressure?.Record(accepted.Count(a => a));
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].TrySetResult(accepted[i]);
            }
        }
        catch (Exception e)
        {
            LogBatchFailed(_logger, batch.Count, e);
            foreach (var pending in batch)
            {
                pending.TrySetException(e);
            }
        }
    }

    [LoggerMessage(EventId = 1121, Level = LogLevel.Error, Message = "Persisting {Count} inbox arrivals failed; their requests fail and the platforms retry them")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 1122, Level = LogLevel.Warning, Message = "Inbox arrivals were still being committed {Timeout} after shutdown began")]
    private static partial void LogShutdownTimedOut(ILogger logger, TimeSpan timeout);

    /// <summary>An arrival and its caller's wait; continuations run on the thread pool, never on the commit loop.</summary>
    private sealed class Pending(InboxArrival arrival) : TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public InboxArrival Arrival { get; } = arrival;
    }
}

using AllyBot.Core.Dialogs;
using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;
using AllyBot.Host.Telemetry;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Inbox;

/// <summary>
/// Processes the durable inbox in the background: claim, dispatch to the core, complete (which deletes the text).
/// A failure releases the entry for a later retry; on shutdown the entry in hand is finished, the rest of the batch
/// is given back, and unclaimed entries simply wait in the inbox.
/// </summary>
internal sealed partial class InboxWorker(
    IInbox inbox,
    DialogInboxDispatcher dispatcher,
    InboxSignal signal,
    IOptions<InboxWorkerOptions> options,
    InboxDepth depth,
    IngestPressure pressure,
    TimeProvider clock,
    ILogger<InboxWorker> logger) : BackgroundService
{
    /// <summary>The longest single pause while yielding to a burst.</summary>
    internal static readonly TimeSpan MaxBurstPause = TimeSpan.FromSeconds(1);

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (true)
                {
                    var started = clock.GetTimestamp();
                    var batch = await ProcessBatchAsync(stoppingToken).ConfigureAwait(false);
                    if (batch.Claimed == 0)
                    {
                        break;
                    }

                    await YieldToBurstAsync(clock.GetElapsedTime(started), batch.OldestWait, stoppingToken).ConfigureAwait(false);
                }

                depth.Set(await inbox.CountPendingAsync(stoppingToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogClaimFailed(logger, e);
            }

            await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// During a burst of arrivals, pauses long enough that processing takes only its <see cref="BurstShare"/> of the
    /// time: the ack path (verify, persist, answer) gets the CPU and the database first, and the backlog is worked off
    /// as the burst passes. Processing never stops, and the longer the backlog waits, the less it yields.
    /// </summary>
    private async Task YieldToBurstAsync(TimeSpan busy, TimeSpan oldestWait, CancellationToken cancellationToken)
    {
        var share = BurstShare(oldestWait, options.Value.BurstProcessingShare, options.Value.BurstMaxLag);
        var pause = BurstPause(busy, share);
        if (pause > TimeSpan.Zero && pressure.IsBursting)
        {
            await Task.Delay(pause, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The share of time to process during a burst when the oldest entry just claimed had waited
    /// <paramref name="oldestWait"/>: <paramref name="freshShare"/> until the wait reaches half of
    /// <paramref name="maxLag"/>, then rising in proportion up to 1 (no yielding) at <paramref name="maxLag"/>. A short
    /// burst is absorbed with the worker almost out of the way; a long one delays work by about <paramref name="maxLag"/>.
    /// </summary>
    internal static double BurstShare(TimeSpan oldestWait, double freshShare, TimeSpan maxLag)
    {
        var halfLag = maxLag / 2;
        if (oldestWait <= halfLag)
        {
            return freshShare;
        }

        return oldestWait >= maxLag ? 1 : freshShare + ((1 - freshShare) * ((oldestWait - halfLag) / halfLag));
    }

    /// <summary>The pause after <paramref name="busy"/> of processing that leaves processing <paramref name="share"/> of the time (at most <see cref="MaxBurstPause"/>).</summary>
    internal static TimeSpan BurstPause(TimeSpan busy, double share)
    {
        if (share >= 1 || busy <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var pause = busy * ((1 - share) / share);
        return pause < MaxBurstPause ? pause : MaxBurstPause;
    }

    /// <summary>
    /// Claims up to <see cref="InboxWorkerOptions.ClaimBatchSize"/> due entries and processes them one by one in the
    /// order claimed (commands and buttons first, then the oldest). Entries not started before half the lease has
    /// passed, or when the host starts stopping, are given back, so that no lease runs out while its entry waits in
    /// this batch and a stopping host leaves only finished work behind (the entry in hand is finished first). Returns how many entries were claimed (0 when none was due) and how
    /// long the one due first had waited.
    /// </summary>
    internal async Task<ClaimedBatch> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var lease = options.Value.Lease;
        var claimedAt = clock.GetUtcNow();
        var entries = await inbox.ClaimBatchAsync(_owner, claimedAt, lease, options.Value.ClaimBatchSize, cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return new ClaimedBatch(0, TimeSpan.Zero);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            // Stopping, or half the lease gone: give the rest back unstarted (no attempt counted) for any instance to claim.
            if (cancellationToken.IsCancellationRequested || clock.GetUtcNow() - claimedAt > lease / 2)
            {
                await inbox.UnclaimAsync(_owner, [.. entries.Skip(i).Select(e => e.Id)], CancellationToken.None).ConfigureAwait(false);
                break;
            }

            await ProcessAsync(entries[i]).ConfigureAwait(false);
        }

        return new ClaimedBatch(entries.Count, claimedAt - entries.Min(e => e.DueAt));
    }

    private async Task ProcessAsync(InboxEntry entry)
    {
        try
        {
            // Processing is not cancelled by shutdown: a half-sent nudge is worse than a short delay.
            await dispatcher.DispatchAsync(entry, CancellationToken.None).ConfigureAwait(false);
            await inbox.CompleteAsync(entry.Id, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Never log the payload: it holds message text.
            LogProcessingFailed(logger, entry.Id, entry.Kind, entry.Attempts + 1, e.GetType().Name);
            var delay = options.Value.RetryDelay * Math.Pow(2, entry.Attempts);
            await inbox.ReleaseAsync(entry.Id, clock.GetUtcNow() + delay, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>What one claim took: how many entries, and how long the one due first had waited when claimed.</summary>
    internal readonly record struct ClaimedBatch(int Claimed, TimeSpan OldestWait);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Inbox entry {Id} ({Kind}) failed on attempt {Attempt}: {Error}")]
    private static partial void LogProcessingFailed(ILogger logger, long id, string kind, int attempt, string error);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Claiming work from the inbox failed")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);
}

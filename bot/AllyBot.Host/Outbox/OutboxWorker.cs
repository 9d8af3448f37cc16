using System.Text.Json;
using AllyBot.Core.Outbox;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Host.Startup;
using AllyBot.Host.Telemetry;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AllyBot.Host.Outbox;

/// <summary>
/// Sends what is waiting in the outbox: claims due entries (leased, so one instance sends each), sends each through
/// its platform's edge, marks it sent (which deletes its payload), and remembers a nudge's receipt so edits can revise
/// it. A failure is retried with exponential backoff and jitter, never sooner than the platform's <c>Retry-After</c>;
/// a permanent failure, or the <see cref="OutboxOptions.MaxAttempts"/>th, dead-letters the entry (ids only).
/// </summary>
internal sealed partial class OutboxWorker(
    IOutbox outbox,
    ChatSenderRouter router,
    PlatformCircuits circuits,
    ISentNudgeStore sentNudges,
    MemberPseudonymizer pseudonymizer,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ProcessBatchAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                }

                await PurgeIfDueAsync(stoppingToken).ConfigureAwait(false);
                metrics.Set(await outbox.CountAsync(stoppingToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogClaimFailed(logger, e);
            }

            await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Claims due entries and sends them one by one; returns how many were claimed (0 when none was due).</summary>
    internal async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var lease = options.Value.Lease;
        var claimedAt = clock.GetUtcNow();
        var entries = await outbox.ClaimDueAsync(_owner, claimedAt, lease, options.Value.ClaimBatchSize, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < entries.Count; i++)
        {
            // Stopping, or half the lease gone: give the rest back (no attempt counted) rather than risk a lease running out mid-send.
            if (cancellationToken.IsCancellationRequested || clock.GetUtcNow() - claimedAt > lease / 2)
            {
                await outbox.UnclaimAsync(_owner, [.. entries.Skip(i).Select(e => e.Id)], CancellationToken.None).ConfigureAwait(false);
                break;
            }

            await ProcessAsync(entries[i]).ConfigureAwait(false);
        }

        return entries.Count;
    }

    private async Task ProcessAsync(OutboxEntry entry)
    {
        if (entry.Attempts >= options.Value.MaxAttempts)
        {
            // Its earlier holders' leases ran out (they died mid-send): the attempts are spent.
            await DeadLetterAsync(entry, "max_attempts").ConfigureAwait(false);
            return;
        }

        NudgeReceipt? receipt;
        try
        {
            // Not cancelled by shutdown: a send is bounded by Outbox:SendTimeout, and half-sent is worse.
            receipt = await circuits.ExecuteAsync(entry.Platform, token => SendAsync(entry, token), CancellationToken.None).ConfigureAwait(false);
        }
        catch (BrokenCircuitException e)
        {
            // Nothing was tried: wait out the open circuit without spending an attempt.
            var wait = (e.RetryAfter ?? options.Value.CircuitBreakDuration) + (options.Value.BaseDelay * Random.Shared.NextDouble());
            await outbox.RetryLaterAsync(entry.Id, _owner, clock.GetUtcNow() + wait, "circuit_open", countsAsAttempt: false, CancellationToken.None).ConfigureAwait(false);
            metrics.Attempted(entry.Kind, "circuit_open");
            return;
        }
        catch (Exception e)
        {
            await FailedAsync(entry, e).ConfigureAwait(false);
            return;
        }

        if (!await outbox.MarkSentAsync(entry.Id, _owner, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false))
        {
            LogLeaseLost(logger, entry.Id, entry.Kind);
        }

        metrics.Attempted(entry.Kind, "sent");
        if (receipt is not null)
        {
            await RememberNudgeAsync(entry, receipt).ConfigureAwait(false);
        }
    }

    private async Task<NudgeReceipt?> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        switch (entry.Kind)
        {
            case OutboxKinds.Nudge:
                return await router.SendNudgeAsync(OutboxJson.DeserializeNudge(entry.Payload), cancellationToken).ConfigureAwait(false);
            case OutboxKinds.DialogPrompt:
                await router.SendDialogPromptAsync(OutboxJson.DeserializePrompt(entry.Payload), cancellationToken).ConfigureAwait(false);
                return null;
            case OutboxKinds.ChannelPost:
                await router.PostToChannelAsync(OutboxJson.DeserializePost(entry.Payload), cancellationToken).ConfigureAwait(false);
                return null;
            default:
                throw new UnknownOutboxKindException(entry.Kind);
        }
    }

    /// <summary>Remembers where the nudge lives (ids only), after it is marked sent: a lost receipt only costs an edit's update, never a second nudge.</summary>
    private async Task RememberNudgeAsync(OutboxEntry entry, NudgeReceipt receipt)
    {
        try
        {
            var nudge = OutboxJson.DeserializeNudge(entry.Payload);
            var member = pseudonymizer.KeyFor(nudge.Where, nudge.RecipientId);
            var sent = new SentNudge(nudge.Where, nudge.MessageId, receipt, [.. nudge.Items.Select(i => i.RuleId)], entry.CreatedAt);
            await sentNudges.SaveAsync(member, sent, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogReceiptNotSaved(logger, entry.Id, e.GetType().Name);
        }
    }

    private async Task FailedAsync(OutboxEntry entry, Exception error)
    {
        var failure = error as IDeliveryFailure;
        var code = failure?.ErrorCode ?? (error is TimeoutRejectedException ? "timeout" : error.GetType().Name);
        var failures = entry.Attempts + 1;
        var permanent = failure?.IsPermanent == true || error is JsonException or UnknownOutboxKindException;
        if (permanent || failures >= options.Value.MaxAttempts)
        {
            await DeadLetterAsync(entry, code).ConfigureAwait(false);
            return;
        }

        var delay = OutboxBackoff.Delay(failures, options.Value, failure?.RetryAfter, Random.Shared.NextDouble());
        LogRetrying(logger, entry.Id, entry.Kind, failures, code, delay);
        await outbox.RetryLaterAsync(entry.Id, _owner, clock.GetUtcNow() + delay, code, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        metrics.Attempted(entry.Kind, "retry");
    }

    private async Task DeadLetterAsync(OutboxEntry entry, string code)
    {
        LogDeadLettered(logger, entry.Id, entry.Kind, entry.Attempts + 1, code);
        await outbox.DeadLetterAsync(entry.Id, _owner, clock.GetUtcNow(), code, CancellationToken.None).ConfigureAwait(false);
        metrics.Attempted(entry.Kind, "dead");
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _lastPurge < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastPurge = now;
        await outbox.PurgeFinishedAsync(now - options.Value.KeepFinishedFor, cancellationToken).ConfigureAwait(false);
    }

    // Never log the payload: a nudge's holds the private text.
    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Outbox entry {Id} ({Kind}) failed on attempt {Attempt} ({Error}); retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, long id, string kind, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Outbox entry {Id} ({Kind}) dead-lettered after attempt {Attempt}: {Error}")]
    private static partial void LogDeadLettered(ILogger logger, long id, string kind, int attempt, string error);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Error, Message = "Claiming work from the outbox failed")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Outbox entry {Id} ({Kind}) was sent but its lease had passed to another instance")]
    private static partial void LogLeaseLost(ILogger logger, long id, string kind);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Outbox entry {Id}: the nudge was sent but its receipt could not be saved ({Error})")]
    private static partial void LogReceiptNotSaved(ILogger logger, long id, string error);
}

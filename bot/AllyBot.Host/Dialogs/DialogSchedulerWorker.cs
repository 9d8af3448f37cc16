using AllyBot.Core.Dialogs;

namespace AllyBot.Host.Dialogs;

/// <summary>
/// Ticks the dialog scheduler once a minute (<c>Dialogs:TickInterval</c>) on every instance, and at once when the
/// playground's clock jumps. Every decision a tick takes is an idempotent claim in the shared store (one dialog per
/// member and occurrence, one delivery per post), so several instances ticking together never prompt or post twice:
/// a plain timer is enough, and no clustered job store is needed on top of the database.
/// </summary>
internal sealed partial class DialogSchedulerWorker(
    DialogScheduler scheduler, DialogTickSignal signal, IConfiguration configuration, TimeProvider clock, ILogger<DialogSchedulerWorker> logger) : BackgroundService
{
    public const string IntervalKey = "Dialogs:TickInterval";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(IntervalKey, TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scheduler.TickAsync(clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTickFailed(logger, e.GetType().Name);
            }

            await signal.Inner.WaitAsync(interval, TimeProvider.System, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "A dialog scheduler tick failed ({Error}); the next tick retries")]
    private static partial void LogTickFailed(ILogger logger, string error);
}

using AllyBot.Core.Ports;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Inbox;

/// <summary>Deletes finished inbox entries once they are too old to be a retry's twin.</summary>
internal sealed partial class InboxJanitor(IInbox inbox, IOptions<InboxWorkerOptions> options, TimeProvider clock, ILogger<InboxJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                var purged = await inbox.PurgeCompletedAsync(clock.GetUtcNow() - options.Value.KeepCompletedFor, stoppingToken).ConfigureAwait(false);
                LogPurged(logger, purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPurgeFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 1111, Level = LogLevel.Debug, Message = "Purged {Count} finished inbox entries")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "Purging finished inbox entries failed")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}

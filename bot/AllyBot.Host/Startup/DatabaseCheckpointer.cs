using AllyBot.Storage;

namespace AllyBot.Host.Startup;

/// <summary>
/// Checkpoints SQLite's write-ahead log every second in the background (see <see cref="AllyBotDatabase.CheckpointAsync"/>),
/// so that the checkpoint, with its file sync, never runs inside a request's commit. A no-op on PostgreSQL.
/// </summary>
internal sealed partial class DatabaseCheckpointer(AllyBotDatabase database, TimeProvider clock, ILogger<DatabaseCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await database.CheckpointAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; SQLite's own automatic checkpoint is the safety net meanwhile.
                LogCheckpointFailed(logger, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Checkpointing the database failed ({Error}); trying again in a second")]
    private static partial void LogCheckpointFailed(ILogger logger, string error);
}

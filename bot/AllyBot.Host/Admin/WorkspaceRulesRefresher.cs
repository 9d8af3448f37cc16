using AllyBot.Core.Admin;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Admin;

/// <summary>
/// Loads every workspace's rules before the host serves (so the first message already gets them), then polls the
/// database's change sequence every <see cref="AdminOptions.RefreshInterval"/>, so changes made on another instance
/// apply here within that interval. A failed poll is logged and retried at the next tick; nudges keep the last snapshot.
/// </summary>
internal sealed partial class WorkspaceRulesRefresher(
    EffectiveRuleSetProvider rules, IOptions<AdminOptions> options, TimeProvider clock, ILogger<WorkspaceRulesRefresher> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _polling;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await rules.RefreshAsync(cancellationToken).ConfigureAwait(false);
        _polling = PollAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_polling is not null)
        {
            await _polling.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task PollAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    await rules.RefreshAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    RefreshFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Refreshing workspace rules failed; keeping the last ones until the next try")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Cards;

/// <summary>Answers the queued card requests one by one (see <see cref="TeamsCards"/>); a failure is logged without text and skipped.</summary>
internal sealed class TeamsCardWorker(TeamsCards cards, ILogger<TeamsCardWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var request in cards.Requests.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await cards.AnswerAsync(request, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    TeamsLog.CardActionFailed(logger, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

namespace AllyBot.Slack.WebApi;

/// <summary>
/// Keeps each (workspace, method[, channel]) under its Slack tier so AllyBot rarely meets a 429: a generic cell-rate
/// limiter that lets <see cref="SlackMethodTier.Burst"/> calls through at once and spaces the rest at the tier's
/// interval. Waits on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class SlackMethodPacer(TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _theoreticalArrival = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long the call must wait for its slot (reserving it); zero when it may go now.</summary>
    public TimeSpan Reserve(string key, SlackMethodTier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var tat = _theoreticalArrival.GetValueOrDefault(key, now);
            if (tat < now)
            {
                tat = now;
            }

            var allowedAt = tat - (tier.Interval * (tier.Burst - 1));
            var wait = allowedAt > now ? allowedAt - now : TimeSpan.Zero;
            _theoreticalArrival[key] = tat + tier.Interval;
            return wait;
        }
    }

    /// <summary>Waits for the call's slot.</summary>
    public async Task<TimeSpan> WaitAsync(string key, SlackMethodTier tier, CancellationToken cancellationToken = default)
    {
        var wait = Reserve(key, tier);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }

        return wait;
    }
}

namespace AllyBot.Host.Outbox;

/// <summary>When to try a failed entry again: exponential backoff with jitter, never sooner than a <c>Retry-After</c>.</summary>
internal static class OutboxBackoff
{
    /// <summary>
    /// The delay after the <paramref name="failures"/>th failure (1 = first): <c>BaseDelay * 2^(failures-1)</c>, capped
    /// at <c>MaxDelay</c>, of which a random half is taken off (so instances that failed together spread out), and at
    /// least <paramref name="retryAfter"/>. <paramref name="random"/> is in [0, 1).
    /// </summary>
    public static TimeSpan Delay(int failures, OutboxOptions options, TimeSpan? retryAfter, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Min(failures - 1, 30);
        var ticks = Math.Min(options.BaseDelay.Ticks * Math.Pow(2, exponent), options.MaxDelay.Ticks);
        var delay = TimeSpan.FromTicks((long)(ticks * (0.5 + (random / 2))));
        return retryAfter is { } wait && wait > delay ? wait : delay;
    }
}

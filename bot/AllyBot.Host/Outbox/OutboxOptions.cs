namespace AllyBot.Host.Outbox;

/// <summary>How the outbox worker sends, retries and gives up (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often to look for due entries when not woken. <value>Default: 2 seconds.</value></summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts before an entry is dead-lettered. <value>Default: 8.</value></summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry delay, doubled per failed attempt (with jitter). <value>Default: 5 seconds.</value></summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest retry delay (a platform's <c>Retry-After</c> may ask for more). <value>Default: 15 minutes.</value></summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a claimed entry is reserved for this instance; far longer than one send. <value>Default: 2 minutes.</value></summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many due entries one claim takes. <value>Default: 16.</value></summary>
    public int ClaimBatchSize { get; set; } = 16;

    /// <summary>How long sent and dead entries (ids only) are kept before they are purged. <value>Default: 7 days.</value></summary>
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The longest one send may take (the edge's own retries included) before it counts as failed. <value>Default: 30 seconds.</value></summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of failed sends to one platform that opens its circuit. <value>Default: 0.5.</value></summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest sends within the sampling window before the circuit may open. <value>Default: 5.</value></summary>
    public int CircuitMinimumThroughput { get; set; } = 5;

    /// <summary>The window over which the failure ratio is measured. <value>Default: 30 seconds.</value></summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails sends at once before it lets one through to test. <value>Default: 30 seconds.</value></summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the values make sense; the message names the first one that does not.</summary>
    internal string? Problem() =>
        PollInterval <= TimeSpan.Zero ? "Outbox:PollInterval must be positive."
        : MaxAttempts < 1 ? "Outbox:MaxAttempts must be at least 1."
        : BaseDelay <= TimeSpan.Zero ? "Outbox:BaseDelay must be positive."
        : MaxDelay < BaseDelay ? "Outbox:MaxDelay must not be shorter than Outbox:BaseDelay."
        : Lease <= TimeSpan.Zero ? "Outbox:Lease must be positive."
        : ClaimBatchSize < 1 ? "Outbox:ClaimBatchSize must be at least 1."
        : KeepFinishedFor < TimeSpan.Zero ? "Outbox:KeepFinishedFor must not be negative."
        : SendTimeout < TimeSpan.FromMilliseconds(10) ? "Outbox:SendTimeout must be at least 10 ms."
        : CircuitFailureRatio is <= 0 or > 1 ? "Outbox:CircuitFailureRatio must be above 0 and at most 1."
        : CircuitMinimumThroughput < 2 ? "Outbox:CircuitMinimumThroughput must be at least 2."
        : CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) ? "Outbox:CircuitSamplingDuration must be at least 500 ms."
        : CircuitBreakDuration < TimeSpan.FromMilliseconds(500) ? "Outbox:CircuitBreakDuration must be at least 500 ms."
        : null;
}

namespace AllyBot.Host.Inbox;

/// <summary>How the inbox worker paces itself.</summary>
public sealed class InboxWorkerOptions
{
    public const string Section = "Inbox";

    /// <summary>How long a claimed entry is reserved for this instance. <value>Default: 2 minutes.</value></summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many due entries one claim takes (one write instead of one per entry). <value>Default: 16.</value></summary>
    public int ClaimBatchSize { get; set; } = 16;

    /// <summary>How often to look for work when not woken. <value>Default: 5 seconds.</value></summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long finished entries (dedupe keys, no text) are kept, so a late retry is still recognised. <value>Default: 1 day.</value></summary>
    public TimeSpan KeepCompletedFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often finished entries are purged. <value>Default: 1 hour.</value></summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Arrivals per second from which this instance counts as in a burst: then the worker steps aside (see
    /// <see cref="BurstProcessingShare"/>), so that acknowledging new events comes first. <value>Default: 200.</value>
    /// </summary>
    public double BurstArrivalsPerSecond { get; set; } = 200;

    /// <summary>
    /// The share of time (0 to 1) the worker spends processing during a burst while the backlog is fresh; it pauses
    /// for the rest, between batches. Once the backlog has waited half of <see cref="BurstMaxLag"/>, the share rises with
    /// the wait, up to all the time at <see cref="BurstMaxLag"/>. 1 turns the yielding off. <value>Default: 0.05.</value>
    /// </summary>
    public double BurstProcessingShare { get; set; } = 0.05;

    /// <summary>
    /// How long the oldest claimed entry may have waited before the worker stops yielding to a burst: the bound on how
    /// late a burst makes a nudge. <value>Default: 5 minutes.</value>
    /// </summary>
    public TimeSpan BurstMaxLag { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Delay before a failed entry is tried again (doubled per attempt). <value>Default: 10 seconds.</value></summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}

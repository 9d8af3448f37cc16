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

    /// <summary>Delay before a failed entry is tried again (doubled per attempt). <value>Default: 10 seconds.</value></summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}

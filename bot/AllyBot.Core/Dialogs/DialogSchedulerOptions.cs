namespace AllyBot.Core.Dialogs;

/// <summary>The timings of scheduled dialogs, posts and digests.</summary>
public sealed class DialogSchedulerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Dialogs";

    /// <summary>A prompt missed (instance down) is still sent this long after its slot, then skipped for the week. <value>Default: 2 hours.</value></summary>
    public TimeSpan StartCatchUp { get; set; } = TimeSpan.FromHours(2);

    /// <summary>"Pause 4 weeks". <value>Default: 28 days.</value></summary>
    public TimeSpan PauseLength { get; set; } = TimeSpan.FromDays(28);

    /// <summary>The weekly credits post: day, team-local. <value>Default: Friday.</value></summary>
    public DayOfWeek CreditsPostDay { get; set; } = DayOfWeek.Friday;

    /// <summary>The weekly credits post: time, team-local. <value>Default: 10:00.</value></summary>
    public TimeOnly CreditsPostTime { get; set; } = new(10, 0);

    /// <summary>The credits post is still made this long after its time, then skipped. <value>Default: 8 hours.</value></summary>
    public TimeSpan CreditsPostCatchUp { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The facilitator digest: day, facilitator-local. <value>Default: Monday.</value></summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The facilitator digest: time, facilitator-local. <value>Default: 09:30.</value></summary>
    public TimeOnly DigestTime { get; set; } = new(9, 30);

    /// <summary>The digest is still sent this long after its slot, then skipped. <value>Default: 8 hours.</value></summary>
    public TimeSpan DigestCatchUp { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Closed dialogs (no answers left in them) are deleted this long after they started. <value>Default: 14 days.</value></summary>
    public TimeSpan KeepClosedDialogs { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Participation counters are deleted after this many days (voices.md 4.3). <value>Default: 28.</value></summary>
    public int KeepCounterDays { get; set; } = 28;

    /// <summary>Credits are deleted this long after they were given (voices.md 4.3). <value>Default: 365 days.</value></summary>
    public TimeSpan KeepCredits { get; set; } = TimeSpan.FromDays(365);
}

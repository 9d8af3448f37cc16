namespace AllyBot.Core.Nudging;

/// <summary>How often AllyBot may speak up.</summary>
public sealed class NudgeOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Nudges";

    /// <summary>At most one nudge per member per rule in this window. <value>Default: 24 hours.</value></summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The length of the snooze button. <value>Default: 24 hours.</value></summary>
    public TimeSpan SnoozeButtonDuration { get; set; } = TimeSpan.FromHours(24);
}

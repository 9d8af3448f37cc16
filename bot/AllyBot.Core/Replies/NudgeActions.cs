namespace AllyBot.Core.Replies;

/// <summary>The button ids on a nudge; edges send them back as <see cref="Conversations.ChatCommand"/> texts.</summary>
public static class NudgeActions
{
    /// <summary>"Thanks": acknowledged, nothing changes.</summary>
    public const string Thanks = "nudge-thanks";

    /// <summary>"Not helpful here": recorded per rule (no text) for the admin report.</summary>
    public const string NotHelpful = "nudge-not-helpful";

    /// <summary>"Snooze 24h".</summary>
    public const string Snooze = "nudge-snooze";
}

namespace AllyBot.Core.Settings;

/// <summary>A member's own choices about AllyBot.</summary>
/// <param name="SnoozedUntil">No nudges before this moment; null when not snoozed.</param>
/// <param name="NudgesOff">Never nudge this member.</param>
/// <param name="PromptsOff">Never send this member scheduled dialog prompts.</param>
/// <param name="CountingOff">Leave this member out of participation counts entirely.</param>
public sealed record MemberSettings(DateTimeOffset? SnoozedUntil, bool NudgesOff, bool PromptsOff, bool CountingOff)
{
    /// <summary>Everything on, nothing snoozed.</summary>
    public static MemberSettings Default { get; } = new(null, NudgesOff: false, PromptsOff: false, CountingOff: false);

    /// <summary>Whether nudges are paused at <paramref name="now"/>.</summary>
    public bool IsSnoozedAt(DateTimeOffset now) => SnoozedUntil is { } until && until > now;
}

namespace AllyBot.Core.SettingsViews;

/// <summary>The part of the settings view every member sees: their own choices.</summary>
/// <param name="SnoozedUntil">Nudges are paused until then; null when not snoozed.</param>
/// <param name="NudgesOff">Opted out of nudges.</param>
/// <param name="PromptsOff">Opted out of scheduled prompts.</param>
/// <param name="CountingOff">Left out of participation counts.</param>
/// <param name="Buttons">Snooze, end the snooze, opt out or back in.</param>
public sealed record MemberSettingsPart(DateTimeOffset? SnoozedUntil, bool NudgesOff, bool PromptsOff, bool CountingOff, IReadOnlyList<SettingsButton> Buttons);

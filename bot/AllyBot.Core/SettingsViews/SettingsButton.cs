namespace AllyBot.Core.SettingsViews;

/// <summary>
/// One button of the settings view. Pressing it runs <see cref="Command"/> (the text after <c>/ally</c>) through
/// <see cref="SettingsActions"/>, so a button does exactly what the typed command does, checks included.
/// </summary>
/// <param name="Label">What the button says.</param>
/// <param name="Command">The command it runs, e.g. <c>snooze 1d</c> or <c>admin severity-floor warning</c>.</param>
public sealed record SettingsButton(string Label, string Command);

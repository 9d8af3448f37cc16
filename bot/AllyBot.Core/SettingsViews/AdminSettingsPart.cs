using AllyBot.Rules.Model;

namespace AllyBot.Core.SettingsViews;

/// <summary>The part of the settings view only workspace admins see.</summary>
/// <param name="SeverityFloor">Findings below it never nudge.</param>
/// <param name="Disabled">Rules and categories turned off workspace-wide.</param>
/// <param name="DisabledInChannel">Rules and categories turned off in the channel the view is about.</param>
/// <param name="ChannelsOff">Channels where AllyBot is silent.</param>
/// <param name="ThisChannelOff">Whether AllyBot is silent in the channel the view is about.</param>
/// <param name="CustomRuleCount">How many custom rules the workspace has.</param>
/// <param name="Buttons">Severity floor, channel on/off, turn disabled rules back on; each runs the <c>/ally admin</c> command.</param>
public sealed record AdminSettingsPart(
    Severity SeverityFloor,
    IReadOnlyList<string> Disabled,
    IReadOnlyList<string> DisabledInChannel,
    IReadOnlyList<string> ChannelsOff,
    bool ThisChannelOff,
    int CustomRuleCount,
    IReadOnlyList<SettingsButton> Buttons);

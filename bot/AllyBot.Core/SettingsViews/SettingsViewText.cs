using System.Globalization;
using System.Text;
using AllyBot.Rules.Model;

namespace AllyBot.Core.SettingsViews;

/// <summary>A <see cref="SettingsView"/> as plain text, each button shown as the command it runs (for <c>/ally settings</c>).</summary>
public static class SettingsViewText
{
    /// <summary>The view's text.</summary>
    public static string Render(SettingsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder();
        if (view.Notice is { Length: > 0 } notice)
        {
            text.Append(notice).Append("\n\n");
        }

        var member = view.Member;
        text.Append("*Your settings*\n")
            .Append("• Snooze: ").Append(member.SnoozedUntil is { } until ? string.Create(CultureInfo.InvariantCulture, $"until {until:yyyy-MM-dd HH:mm} UTC") : "off").Append('\n')
            .Append("• Nudges: ").Append(OnOff(!member.NudgesOff)).Append(", prompts: ").Append(OnOff(!member.PromptsOff))
            .Append(", counting: ").Append(OnOff(!member.CountingOff)).Append('\n');
        AppendButtons(text, member.Buttons);
        if (view.Admin is { } admin)
        {
            text.Append("\n*Workspace settings (admins)*\n")
                .Append("• Severity floor: ").Append(admin.SeverityFloor.ToName()).Append('\n')
                .Append("• Turned off: ").Append(admin.Disabled.Count == 0 ? "nothing" : string.Join(", ", admin.Disabled)).Append('\n')
                .Append("• Turned off in this channel: ").Append(admin.DisabledInChannel.Count == 0 ? "nothing" : string.Join(", ", admin.DisabledInChannel)).Append('\n')
                .Append("• AllyBot in this channel: ").Append(OnOff(!admin.ThisChannelOff)).Append(", silent in ").Append(admin.ChannelsOff.Count.ToString(CultureInfo.InvariantCulture)).Append(" channel(s)\n")
                .Append("• Custom rules: ").Append(admin.CustomRuleCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
            AppendButtons(text, admin.Buttons);
        }

        return text.ToString().TrimEnd();
    }

    private static string OnOff(bool on) => on ? "on" : "off";

    private static void AppendButtons(StringBuilder text, IReadOnlyList<SettingsButton> buttons)
    {
        foreach (var button in buttons)
        {
            text.Append("   ").Append(button.Label).Append(": `/ally ").Append(button.Command).Append("`\n");
        }
    }
}

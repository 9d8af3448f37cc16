using AllyBot.Core.SettingsViews;
using AllyBot.Rules.Model;

namespace AllyBot.Host.Playground;

/// <summary>A <see cref="SettingsView"/> as the playground page receives it (severities by name, no platform address).</summary>
/// <param name="Channel">The channel the view is about.</param>
/// <param name="User">Whose settings they are.</param>
/// <param name="Notice">What the last button did, or null.</param>
/// <param name="Member">The member's own settings and buttons.</param>
/// <param name="Admin">The workspace settings and buttons, or null when the user is not an admin.</param>
public sealed record PlaygroundSettingsView(string Channel, string User, string? Notice, PlaygroundMemberSettings Member, PlaygroundAdminSettings? Admin)
{
    public static PlaygroundSettingsView From(SettingsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var member = view.Member;
        var admin = view.Admin;
        return new PlaygroundSettingsView(
            view.Where.ChannelId,
            view.UserId,
            view.Notice,
            new PlaygroundMemberSettings(member.SnoozedUntil, member.NudgesOff, member.PromptsOff, member.CountingOff, member.Buttons),
            admin is null
                ? null
                : new PlaygroundAdminSettings(
                    admin.SeverityFloor.ToName(), admin.Disabled, admin.DisabledInChannel, admin.ChannelsOff, admin.ThisChannelOff, admin.CustomRuleCount, admin.Buttons));
    }
}

/// <summary>See <see cref="MemberSettingsPart"/>.</summary>
public sealed record PlaygroundMemberSettings(DateTimeOffset? SnoozedUntil, bool NudgesOff, bool PromptsOff, bool CountingOff, IReadOnlyList<SettingsButton> Buttons);

/// <summary>See <see cref="AdminSettingsPart"/>; <paramref name="SeverityFloor"/> is a severity name (<c>info</c>, <c>suggestion</c>, <c>warning</c>).</summary>
public sealed record PlaygroundAdminSettings(
    string SeverityFloor,
    IReadOnlyList<string> Disabled,
    IReadOnlyList<string> DisabledInChannel,
    IReadOnlyList<string> ChannelsOff,
    bool ThisChannelOff,
    int CustomRuleCount,
    IReadOnlyList<SettingsButton> Buttons);

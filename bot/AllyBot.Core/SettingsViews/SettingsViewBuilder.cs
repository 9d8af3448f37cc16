using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Rules.Model;

namespace AllyBot.Core.SettingsViews;

/// <summary>
/// Builds a member's <see cref="SettingsView"/>: their own settings always, the workspace's only when
/// <see cref="AdminAccess"/> says they administer it (checked on every build, never cached in the view).
/// </summary>
public sealed class SettingsViewBuilder(
    IMemberSettingsStore members, MemberPseudonymizer pseudonymizer, WorkspaceAdmin admin, AdminAccess access, TimeProvider clock)
{
    private static readonly string[] OptOutKinds = ["nudges", "prompts", "counting"];

    /// <summary>The view of <paramref name="userId"/>'s settings, about the channel <paramref name="where"/>.</summary>
    public async Task<SettingsView> BuildAsync(ChatAddress where, string userId, string? notice = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        var settings = await members.GetAsync(pseudonymizer.KeyFor(where, userId), cancellationToken).ConfigureAwait(false);
        var snoozed = settings.IsSnoozedAt(clock.GetUtcNow());
        var memberButtons = new List<SettingsButton>();
        if (snoozed)
        {
            memberButtons.Add(new("End the snooze", "snooze off"));
        }
        else
        {
            memberButtons.Add(new("Snooze for 1 hour", "snooze 1h"));
            memberButtons.Add(new("Snooze for 1 day", "snooze 1d"));
        }

        var off = new Dictionary<string, bool> { ["nudges"] = settings.NudgesOff, ["prompts"] = settings.PromptsOff, ["counting"] = settings.CountingOff };
        foreach (var kind in OptOutKinds)
        {
            memberButtons.Add(off[kind] ? new($"Turn {kind} back on", $"optin {kind}") : new($"Opt out of {kind}", $"optout {kind}"));
        }

        var member = new MemberSettingsPart(snoozed ? settings.SnoozedUntil : null, settings.NudgesOff, settings.PromptsOff, settings.CountingOff, memberButtons);
        var adminPart = await access.IsAdminAsync(where, userId, cancellationToken).ConfigureAwait(false)
            ? AdminPart(where, await admin.GetAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false))
            : null;
        return new SettingsView(ChatAddressWithoutThread(where), userId, member, adminPart, notice);
    }

    private static AdminSettingsPart AdminPart(ChatAddress where, WorkspaceAdminConfig config)
    {
        var channel = ChatMentions.Channel(where.ChannelId);
        var disabled = config.Switches.Where(s => !s.Enabled && s.ChannelId is null).Select(s => s.Target).Order(StringComparer.Ordinal).ToList();
        var disabledHere = config.Switches.Where(s => !s.Enabled && s.ChannelId == where.ChannelId).Select(s => s.Target).Order(StringComparer.Ordinal).ToList();
        var thisChannelOff = config.ChannelsOff.Contains(where.ChannelId);
        var buttons = new List<SettingsButton>();
        foreach (var severity in Enum.GetValues<Severity>().Where(s => s != config.SeverityFloor))
        {
            buttons.Add(new($"Severity floor: {severity.ToName()}", $"admin severity-floor {severity.ToName()}"));
        }

        buttons.Add(thisChannelOff ? new("Turn AllyBot on in this channel", $"admin channel on {channel}") : new("Turn AllyBot off in this channel", $"admin channel off {channel}"));
        buttons.AddRange(disabled.Select(t => new SettingsButton($"Turn {t} back on", $"admin enable {t}")));
        buttons.AddRange(disabledHere.Select(t => new SettingsButton($"Turn {t} back on in this channel", $"admin enable {t} in {channel}")));
        return new AdminSettingsPart(
            config.SeverityFloor, disabled, disabledHere, [.. config.ChannelsOff.Order(StringComparer.Ordinal)], thisChannelOff, config.CustomRules.Count, buttons);
    }

    private static ChatAddress ChatAddressWithoutThread(ChatAddress where) => where.ThreadId is null ? where : where with { ThreadId = null };
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AllyBot.Core.Replies;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules.Model;
using AllyBot.Slack.Outbound;

namespace AllyBot.Slack.Home;

/// <summary>
/// Renders a <see cref="SettingsView"/> as a Block Kit <c>home</c> view: the notice (what the last press did), the
/// member's own settings with their buttons, and, only when the view has an admin part, the workspace settings with
/// theirs and "Add a custom rule". Every settings button has an action id starting with
/// <see cref="SlackHomeActions.Setting"/> and the command it runs as its value. Buttons about "this channel" are left
/// out (App Home is about no channel, see <see cref="SlackHomeAddress"/>); each silenced channel gets a button to turn
/// AllyBot back on there.
/// </summary>
internal static class SlackHomeView
{
    public const string CallbackId = "ally-home";

    /// <summary>Block ids of the member's and the admin's buttons start with these.</summary>
    public const string MemberButtonsBlock = "ally-home-member";
    public const string AdminButtonsBlock = "ally-home-admin";

    /// <summary>The block id of "Add a custom rule".</summary>
    public const string AddRuleBlock = "ally-home-rules";

    /// <summary>Slack allows at most 25 elements in an actions block.</summary>
    public const int MaxButtonsPerBlock = 25;

    /// <summary>Admin buttons shown at most (Slack allows 100 blocks in a home view; this keeps it readable).</summary>
    public const int MaxAdminButtons = 60;

    private const int MaxPlainText = 75;
    private const int MaxSectionText = 3000;

    public static JsonObject Render(SettingsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new JsonArray();
        if (view.Notice is { Length: > 0 } notice)
        {
            blocks.Add(Section(SlackMrkdwn.EscapeKeepingMentions(notice)));
            blocks.Add(new JsonObject { ["type"] = "divider" });
        }

        var member = view.Member;
        blocks.Add(Header("Your AllyBot settings"));
        blocks.Add(Section(
            "*Snooze:* " + (member.SnoozedUntil is { } until ? string.Create(CultureInfo.InvariantCulture, $"until {until:yyyy-MM-dd HH:mm} UTC") : "off") + "\n"
            + $"*Nudges:* {OnOff(!member.NudgesOff)}   *Prompts:* {OnOff(!member.PromptsOff)}   *Counting:* {OnOff(!member.CountingOff)}"));
        AddButtons(blocks, MemberButtonsBlock, member.Buttons);

        if (view.Admin is { } admin)
        {
            var buttons = AdminButtons(admin);
            blocks.Add(new JsonObject { ["type"] = "divider" });
            blocks.Add(Header("Workspace settings (admins)"));
            blocks.Add(Section(AdminText(admin)));
            AddButtons(blocks, AdminButtonsBlock, [.. buttons.Take(MaxAdminButtons)]);
            if (buttons.Count > MaxAdminButtons)
            {
                blocks.Add(Context($"{buttons.Count - MaxAdminButtons} more switches are not shown; `/ally admin rules` lists them all."));
            }

            blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["block_id"] = AddRuleBlock,
                ["elements"] = new JsonArray { Button("Add a custom rule", SlackHomeActions.AddRule, "add", primary: true) },
            });
            blocks.Add(Context("Every change is recorded: `/ally admin history` shows it and `/ally admin undo` reverts the latest."));
        }

        return new JsonObject { ["type"] = "home", ["callback_id"] = CallbackId, ["blocks"] = blocks };
    }

    /// <summary>The admin part's buttons for App Home: Core's, minus those about "this channel", plus one per silenced channel.</summary>
    public static IReadOnlyList<SettingsButton> AdminButtons(AdminSettingsPart admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var home = ChatMentions.Channel(SlackHomeAddress.ChannelId);
        var buttons = admin.Buttons.Where(b => !b.Command.Contains(home, StringComparison.Ordinal)).ToList();
        buttons.AddRange(admin.ChannelsOff.Select(c => new SettingsButton($"Turn AllyBot on in #{c}", $"admin channel on {ChatMentions.Channel(c)}")));
        return buttons;
    }

    private static string AdminText(AdminSettingsPart admin)
    {
        var text = new StringBuilder()
            .Append("*Severity floor:* ").Append(admin.SeverityFloor.ToName()).Append('\n')
            .Append("*Turned off:* ").Append(admin.Disabled.Count == 0 ? "nothing" : string.Join(", ", admin.Disabled.Select(d => $"`{SlackMrkdwn.Escape(d)}`"))).Append('\n')
            .Append("*Silent in:* ").Append(admin.ChannelsOff.Count == 0 ? "no channel" : string.Join(", ", admin.ChannelsOff.Select(ChatMentions.Channel))).Append('\n')
            .Append("*Custom rules:* ").Append(admin.CustomRuleCount.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static void AddButtons(JsonArray blocks, string blockPrefix, IReadOnlyList<SettingsButton> buttons)
    {
        for (var start = 0; start < buttons.Count; start += MaxButtonsPerBlock)
        {
            var elements = new JsonArray();
            for (var i = start; i < Math.Min(buttons.Count, start + MaxButtonsPerBlock); i++)
            {
                elements.Add(Button(buttons[i].Label, $"{SlackHomeActions.Setting}:{blockPrefix}:{i}", buttons[i].Command));
            }

            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = $"{blockPrefix}:{start / MaxButtonsPerBlock}", ["elements"] = elements });
        }
    }

    private static JsonObject Button(string label, string actionId, string value, bool primary = false)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label.Length <= MaxPlainText ? label : label[..(MaxPlainText - 1)] + "…" },
            ["value"] = value,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        return button;
    }

    private static JsonObject Header(string text) => new() { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text } };

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn.Length <= MaxSectionText ? mrkdwn : mrkdwn[..(MaxSectionText - 1)] + "…" },
    };

    private static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn } },
    };

    private static string OnOff(bool on) => on ? "on" : "off";
}

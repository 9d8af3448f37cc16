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
/// out (App Home is about no channel, see <see cref="SlackHomeAddress"/>); each silenced channel gets a line (its
/// mention, which Slack shows as the channel's name) with a button to turn AllyBot back on there.
/// </summary>
internal static class SlackHomeView
{
    public const string CallbackId = "ally-home";

    /// <summary>Block ids of the member's and the admin's buttons start with these.</summary>
    public const string MemberButtonsBlock = "ally-home-member";
    public const string AdminButtonsBlock = "ally-home-admin";

    /// <summary>Block ids of the silent channels' lines start with this.</summary>
    public const string ChannelBlock = "ally-home-channel";

    /// <summary>Silent channels listed with a button at most; the rest are counted.</summary>
    public const int MaxChannelLines = 20;

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

            AddChannelLines(blocks, admin.ChannelsOff);

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

    /// <summary>The admin part's buttons for App Home: Core's, minus those about "this channel".</summary>
    public static IReadOnlyList<SettingsButton> AdminButtons(AdminSettingsPart admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var home = ChatMentions.Channel(SlackHomeAddress.ChannelId);
        return [.. admin.Buttons.Where(b => !b.Command.Contains(home, StringComparison.Ordinal))];
    }

    private static void AddChannelLines(JsonArray blocks, IReadOnlyList<string> channelsOff)
    {
        for (var i = 0; i < Math.Min(channelsOff.Count, MaxChannelLines); i++)
        {
            var channel = ChatMentions.Channel(channelsOff[i]);
            var line = Section($"AllyBot is silent in {channel}");
            line["block_id"] = $"{ChannelBlock}:{i}";
            line["accessory"] = Button("Turn it back on", $"{SlackHomeActions.Setting}:{ChannelBlock}:{i}", $"admin channel on {channel}");
            blocks.Add(line);
        }

        if (channelsOff.Count > MaxChannelLines)
        {
            blocks.Add(Context($"AllyBot is silent in {channelsOff.Count - MaxChannelLines} more channels: `/ally admin channel on #channel` turns it back on."));
        }
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

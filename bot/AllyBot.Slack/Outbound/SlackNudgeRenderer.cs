using System.Text;
using System.Text.Json.Nodes;
using AllyBot.Core.Nudging;
using AllyBot.Core.Replies;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Renders a <see cref="Nudge"/> as Block Kit: an intro, for each item what matched with the suggestions and a
/// "Why?" section, then the buttons Thanks / Not helpful here / Snooze 24h (ids from <see cref="NudgeActions"/>) whose
/// value carries the rule ids separated by spaces.
/// </summary>
internal static class SlackNudgeRenderer
{
    /// <summary>The notification text; deliberately not the message text.</summary>
    public const string FallbackText = "AllyBot has a private suggestion about your message.";

    /// <summary>The block id of the buttons.</summary>
    public const string ActionsBlockId = "nudge-actions";

    /// <summary>At most this many items are shown (Slack allows 50 blocks; a nudge should be short).</summary>
    public const int MaxItems = 10;

    private const int MaxButtonValue = 2000;
    private const int MaxSectionText = 3000;

    public static JsonArray Render(Nudge nudge)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var blocks = new JsonArray
        {
            Section("Only you can see this. A quick suggestion about your message:"),
        };

        var items = nudge.Items.Take(MaxItems).ToList();
        foreach (var item in items)
        {
            var what = new StringBuilder()
                .Append("*“").Append(SlackMrkdwn.Escape(item.Matched)).Append("”*: ").Append(SlackMrkdwn.Escape(item.Message));
            if (item.Suggestions.Count > 0)
            {
                what.Append("\n*Try:* ").AppendJoin(" · ", item.Suggestions.Select(SlackMrkdwn.Escape));
            }

            blocks.Add(Section(what.ToString()));

            var why = new StringBuilder("*Why?* ").Append(SlackMrkdwn.Escape(item.Why));
            if (item.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                why.Append(" <").Append(uri.AbsoluteUri).Append("|Learn more>");
            }

            blocks.Add(Section(why.ToString()));
        }

        var value = RuleIds(items);
        blocks.Add(new JsonObject
        {
            ["type"] = "actions",
            ["block_id"] = ActionsBlockId,
            ["elements"] = new JsonArray
            {
                Button(NudgeActions.Thanks, "Thanks", value, primary: true),
                Button(NudgeActions.NotHelpful, "Not helpful here", value),
                Button(NudgeActions.Snooze, "Snooze 24h", value),
            },
        });
        return blocks;
    }

    private static string RuleIds(IEnumerable<NudgeItem> items)
    {
        var value = new StringBuilder();
        foreach (var id in items.Select(i => i.RuleId).Distinct(StringComparer.Ordinal))
        {
            if (value.Length + id.Length + 1 > MaxButtonValue)
            {
                break;
            }

            if (value.Length > 0)
            {
                value.Append(NudgeButtons.RuleSeparator);
            }

            value.Append(id);
        }

        return value.ToString();
    }

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn.Length <= MaxSectionText ? mrkdwn : mrkdwn[..(MaxSectionText - 1)] + "…" },
    };

    private static JsonObject Button(string actionId, string text, string value, bool primary = false)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text },
            ["value"] = value,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        return button;
    }
}

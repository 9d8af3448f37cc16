using System.Globalization;
using System.Text.Json.Nodes;
using AllyBot.Core.Replies;

namespace AllyBot.Teams.Sending;

/// <summary>
/// The nudge as an Adaptive Card 1.5, written as JSON: one block per item (what and what to try instead), a "Why?"
/// toggle per item, and Thanks / Not helpful here / Snooze 24h as <c>Action.Execute</c> whose verb is the
/// <see cref="NudgeActions"/> id and whose data is <c>{ruleIds, action}</c> (<c>action</c> also makes an
/// Action.Submit fallback work).
/// </summary>
internal static class NudgeCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string Version = "1.5";

    public static JsonObject Build(Nudge nudge)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var ruleIds = nudge.Items.Select(i => i.RuleId).Distinct(StringComparer.Ordinal).ToArray();
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = nudge.Items.Count == 1 ? "A quiet suggestion about your message" : "A few quiet suggestions about your message",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            },
        };
        for (var i = 0; i < nudge.Items.Count; i++)
        {
            body.Add(Item(nudge.Items[i], i));
        }

        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "Only you can see this.", ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                Execute("Thanks", NudgeActions.Thanks, ruleIds),
                Execute("Not helpful here", NudgeActions.NotHelpful, ruleIds),
                Execute("Snooze 24h", NudgeActions.Snooze, ruleIds),
            },
        };
    }

    private static JsonObject Item(NudgeItem item, int index)
    {
        var whyId = "why-" + index.ToString(CultureInfo.InvariantCulture);
        var items = new JsonArray { Text(item.Message) };
        if (item.Suggestions.Count > 0)
        {
            items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "Try: " + string.Join(", ", item.Suggestions), ["wrap"] = true, ["isSubtle"] = true });
        }

        var why = new JsonArray { Text(item.Why) };
        if (item.Link is { Length: > 0 } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            why.Add(Text($"[Learn more]({uri.AbsoluteUri})"));
        }

        items.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.ToggleVisibility", ["title"] = "Why?", ["targetElements"] = new JsonArray(whyId) } },
        });
        items.Add(new JsonObject { ["type"] = "Container", ["id"] = whyId, ["isVisible"] = false, ["items"] = why });
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items };
    }

    private static JsonObject Text(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static JsonObject Execute(string title, string verb, string[] ruleIds) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = new JsonObject { ["ruleIds"] = new JsonArray([.. ruleIds.Select(r => (JsonNode?)JsonValue.Create(r))]), ["action"] = verb },
    };
}

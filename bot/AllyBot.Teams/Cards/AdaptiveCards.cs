using System.Text.Json.Nodes;
using AllyBot.Teams.Sending;

namespace AllyBot.Teams.Cards;

/// <summary>Small builders the settings and rule-form cards share (Adaptive Card 1.5 JSON).</summary>
internal static class AdaptiveCards
{
    public static JsonObject Card(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = NudgeCard.Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonObject Text(string text, string? weight = null, string? color = null, string? size = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    public static JsonObject Facts(params (string Title, string Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Execute(string title, string verb, JsonObject data, bool positive = false)
    {
        data["action"] = verb;
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = data };
        if (positive)
        {
            action["style"] = "positive";
        }

        return action;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace AllyBot.Host.Playground.Teams;

/// <summary>
/// Builds the Bot Framework activities Teams would send for a playground member's message, edit or delete in a
/// channel (shapes as in tests/AllyBot.Teams.Tests/Activities: a channel thread root, tenant and team in
/// channelData, an <c>&lt;at&gt;</c> mention entity when the text starts with <c>@AllyBot</c>).
/// </summary>
internal static class PlaygroundTeamsActivities
{
    private const string Mention = "@allybot";

    public static JsonObject Message(Uri serviceUrl, string channel, PlaygroundUser user, string activityId, string text, DateTimeOffset at)
    {
        var activity = Base("message", serviceUrl, channel, user, activityId, at);
        if (text.StartsWith(Mention, StringComparison.OrdinalIgnoreCase))
        {
            var mention = $"<at>{PlaygroundTeamsIds.BotName}</at>";
            text = mention + text[Mention.Length..];
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = PlaygroundTeamsIds.Bot, ["name"] = PlaygroundTeamsIds.BotName },
            });
        }

        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    public static JsonObject Edit(Uri serviceUrl, string channel, PlaygroundUser user, string activityId, string text, DateTimeOffset at)
    {
        var activity = Base("messageUpdate", serviceUrl, channel, user, activityId, at);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        ((JsonObject)activity["channelData"]!)["eventType"] = "editMessage";
        return activity;
    }

    public static JsonObject Delete(Uri serviceUrl, string channel, PlaygroundUser user, string activityId, DateTimeOffset at)
    {
        var activity = Base("messageDelete", serviceUrl, channel, user, activityId, at);
        ((JsonObject)activity["channelData"]!)["eventType"] = "softDeleteMessage";
        return activity;
    }

    private static JsonObject Base(string type, Uri serviceUrl, string channel, PlaygroundUser user, string activityId, DateTimeOffset at)
    {
        var channelId = PlaygroundTeamsIds.Channel(channel);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = activityId,
            ["timestamp"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = PlaygroundTeamsIds.User(user.Id), ["name"] = user.Name, ["role"] = user.IsBot ? "bot" : "user" },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "channel",
                ["tenantId"] = PlaygroundTeamsIds.Tenant,
                ["id"] = $"{channelId};messageid={activityId}",
            },
            ["recipient"] = new JsonObject { ["id"] = PlaygroundTeamsIds.Bot, ["name"] = PlaygroundTeamsIds.BotName },
            ["channelData"] = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = channelId },
                ["team"] = new JsonObject { ["id"] = PlaygroundTeamsIds.Team },
                ["tenant"] = new JsonObject { ["id"] = PlaygroundTeamsIds.Tenant },
            },
        };
    }
}

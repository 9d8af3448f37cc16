using System.Text.Json.Nodes;

namespace AllyBot.Slack.Inbound;

/// <summary>How to acknowledge a delivery: over HTTP as a 200 (with <see cref="Body"/> as JSON when set), over Socket Mode as the ack payload.</summary>
internal sealed record SlackAck(JsonObject? Body)
{
    public static readonly SlackAck Empty = new((JsonObject?)null);
}

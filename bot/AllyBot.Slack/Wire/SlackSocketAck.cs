using System.Text.Json.Nodes;

namespace AllyBot.Slack.Wire;

/// <summary>The acknowledgement of one Socket Mode envelope; <see cref="Payload"/> is <c>{}</c> for a plain ack.</summary>
internal sealed record SlackSocketAck(string EnvelopeId, JsonNode Payload);

using System.Text.Json;

namespace AllyBot.Slack.Wire;

/// <summary>Anything Slack sends on a Socket Mode connection: <c>hello</c>, <c>disconnect</c> or an envelope.</summary>
internal sealed record SlackSocketMessage(
    string? Type,
    string? EnvelopeId,
    JsonElement? Payload,
    bool AcceptsResponsePayload,
    int? RetryAttempt,
    string? RetryReason,
    string? Reason,
    int? NumConnections);

using System.Text.Json;

namespace AllyBot.Slack.Wire;

/// <summary>An Events API request body (<c>url_verification</c> or <c>event_callback</c>).</summary>
/// <remarks><see cref="Event"/> stays raw: unknown event types may use field shapes our records do not expect.</remarks>
internal sealed record SlackEventEnvelope(
    string? Type,
    string? Challenge,
    string? TeamId,
    string? EnterpriseId,
    string? ApiAppId,
    string? EventId,
    long? EventTime,
    JsonElement? Event,
    IReadOnlyList<SlackAuthorization>? Authorizations);

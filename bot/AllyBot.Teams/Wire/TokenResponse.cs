using System.Text.Json.Serialization;

namespace AllyBot.Teams.Wire;

/// <summary>An OAuth 2.0 token endpoint answer (client credentials).</summary>
internal sealed record TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }
}

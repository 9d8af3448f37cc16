using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Slack.Wire;

/// <summary>The one set of JSON settings for Slack's wire format: snake_case names, unknown fields ignored.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

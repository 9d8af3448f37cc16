using System.Text.Json.Nodes;

namespace AllyBot.Teams.Wire;

/// <summary>An attachment, e.g. an Adaptive Card (<c>application/vnd.microsoft.card.adaptive</c>).</summary>
internal sealed record Attachment
{
    public string? ContentType { get; init; }

    public JsonNode? Content { get; init; }
}

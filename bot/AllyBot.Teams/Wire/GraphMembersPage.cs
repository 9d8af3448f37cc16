using System.Text.Json.Serialization;

namespace AllyBot.Teams.Wire;

/// <summary>One page of Graph <c>GET /teams/{id}/members</c>: <c>{value: [conversationMember], @odata.nextLink}</c>.</summary>
internal sealed record GraphMembersPage
{
    public IReadOnlyList<GraphConversationMember>? Value { get; init; }

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; init; }
}

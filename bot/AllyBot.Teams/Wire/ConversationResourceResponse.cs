namespace AllyBot.Teams.Wire;

/// <summary>The Connector's answer to create-conversation.</summary>
internal sealed record ConversationResourceResponse
{
    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ActivityId { get; init; }
}

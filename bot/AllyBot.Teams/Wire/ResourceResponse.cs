namespace AllyBot.Teams.Wire;

/// <summary>The Connector's answer to send, reply and update: the activity's id.</summary>
internal sealed record ResourceResponse
{
    public string? Id { get; init; }
}

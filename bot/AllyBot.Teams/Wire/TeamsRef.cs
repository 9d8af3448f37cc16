namespace AllyBot.Teams.Wire;

/// <summary>A tenant, team or channel inside Teams <c>channelData</c>.</summary>
internal sealed record TeamsRef
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }
}

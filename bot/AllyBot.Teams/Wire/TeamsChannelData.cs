namespace AllyBot.Teams.Wire;

/// <summary>Teams <c>channelData</c> (protocols.md §2.3): tenant, team, channel and event type.</summary>
internal sealed record TeamsChannelData
{
    public TeamsRef? Tenant { get; init; }

    public TeamsRef? Team { get; init; }

    public TeamsRef? Channel { get; init; }

    public string? EventType { get; init; }
}

namespace AllyBot.Teams.Wire;

/// <summary>One page of <c>GET v3/conversations/{id}/pagedmembers</c>.</summary>
internal sealed record PagedMembersResult
{
    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? ContinuationToken { get; init; }
}

namespace AllyBot.Teams.Wire;

/// <summary>
/// A Graph <c>aadUserConversationMember</c>: <c>userId</c> is the Entra object id (the activity's
/// <c>from.aadObjectId</c>); <c>roles</c> holds <c>owner</c> for team owners (and <c>guest</c> for guests).
/// </summary>
internal sealed record GraphConversationMember
{
    public string? UserId { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public string? TenantId { get; init; }
}

namespace AllyBot.Teams.Wire;

/// <summary>A user or bot: <c>{id, name, aadObjectId, role}</c>. Teams users look like <c>29:...</c>, bots <c>28:&lt;appId&gt;</c>.</summary>
internal sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    /// <summary>Members API only: user, guest or anonymous.</summary>
    public string? UserRole { get; init; }

    /// <summary>Members API only: the member's home tenant.</summary>
    public string? TenantId { get; init; }
}

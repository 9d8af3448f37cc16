namespace AllyBot.Teams.Wire;

/// <summary>The conversation of an activity. <c>conversationType</c> is personal, groupChat or channel in Teams.</summary>
internal sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? ConversationType { get; init; }

    public bool? IsGroup { get; init; }

    public string? TenantId { get; init; }

    public string? Name { get; init; }
}

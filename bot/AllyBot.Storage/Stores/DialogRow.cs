namespace AllyBot.Storage.Stores;

/// <summary>A <c>dialogs</c> row as read.</summary>
internal sealed class DialogRow
{
    public string Id { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Platform { get; init; } = "";

    public string WorkspaceId { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string MemberWorkspaceId { get; init; } = "";

    public string MemberPseudonym { get; init; } = "";

    public string MemberUserId { get; init; } = "";

    public string OccurrenceKey { get; init; } = "";

    public string Status { get; init; } = "";

    public string Step { get; init; } = "";

    public long StartedAt { get; init; }

    public long? ReminderAt { get; init; }

    public long ExpiresAt { get; init; }

    public bool ReminderSent { get; init; }

    public string RecipientIds { get; init; } = "[]";

    public string? Contribution { get; init; }

    public long UpdatedAt { get; init; }

    public long Version { get; init; }
}

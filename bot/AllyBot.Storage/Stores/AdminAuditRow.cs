namespace AllyBot.Storage.Stores;

/// <summary>An <c>admin_audit</c> row as read.</summary>
internal sealed class AdminAuditRow
{
    public long Id { get; init; }

    public string ActorId { get; init; } = "";

    public string Action { get; init; } = "";

    public long ChangedAt { get; init; }

    public string ConfigBefore { get; init; } = "";

    public long? Undoes { get; init; }

    public bool Undone { get; init; }
}

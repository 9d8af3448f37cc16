namespace AllyBot.Storage.Stores;

/// <summary>A <c>workspace_admin</c> row as read.</summary>
internal sealed class WorkspaceAdminRow
{
    public string WorkspaceId { get; init; } = "";

    public long Version { get; init; }

    public long Sequence { get; init; }

    public string Config { get; init; } = "";
}

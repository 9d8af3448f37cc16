namespace AllyBot.Storage.Stores;

/// <summary>A channel as stored: platform, workspace and channel id (never a thread).</summary>
internal sealed class ChannelRow
{
    public string Platform { get; init; } = "";

    public string WorkspaceId { get; init; } = "";

    public string ChannelId { get; init; } = "";
}

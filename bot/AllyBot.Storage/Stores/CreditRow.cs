namespace AllyBot.Storage.Stores;

/// <summary>A <c>credits</c> row as read.</summary>
internal sealed class CreditRow
{
    public string Id { get; init; } = "";

    public string OriginId { get; init; } = "";

    public string Platform { get; init; } = "";

    public string WorkspaceId { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string GiverWorkspaceId { get; init; } = "";

    public string GiverPseudonym { get; init; } = "";

    public string GiverId { get; init; } = "";

    public string ReceiverWorkspaceId { get; init; } = "";

    public string ReceiverPseudonym { get; init; } = "";

    public string ReceiverId { get; init; } = "";

    public string Contribution { get; init; } = "";

    public string Audience { get; init; } = "";

    public string Source { get; init; } = "";

    public string? MessageLink { get; init; }

    public long GivenAt { get; init; }
}

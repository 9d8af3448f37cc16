namespace AllyBot.Storage.Stores;

/// <summary>A <c>channel_settings</c> row as read.</summary>
internal sealed class ChannelSettingsRow
{
    public string Platform { get; init; } = "";

    public string WorkspaceId { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public long? CreditDays { get; init; }

    public long? CreditTime { get; init; }

    public string? CreditZone { get; init; }

    public bool DigestOn { get; init; }

    public string FacilitatorIds { get; init; } = "[]";
}

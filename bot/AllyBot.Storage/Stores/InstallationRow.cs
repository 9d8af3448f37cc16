namespace AllyBot.Storage.Stores;

/// <summary>An <c>installations</c> row as read (platform and workspace are the key asked for).</summary>
internal sealed class InstallationRow
{
    public byte[]? Secret { get; init; }

    public long InstalledAt { get; init; }
}

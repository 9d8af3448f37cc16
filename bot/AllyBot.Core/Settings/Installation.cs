using AllyBot.Core.Conversations;

namespace AllyBot.Core.Settings;

/// <summary>AllyBot installed in one workspace of one platform.</summary>
/// <param name="Platform">Slack or Teams.</param>
/// <param name="WorkspaceId">Slack team id (or enterprise id for org-wide installs); Teams tenant id.</param>
/// <param name="Secret">Edge-defined data, already encrypted by the edge (tokens, service URLs). Never logged.</param>
/// <param name="InstalledAt">When it was (last) installed.</param>
public sealed record Installation(ChatPlatform Platform, string WorkspaceId, byte[] Secret, DateTimeOffset InstalledAt)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"Installation {{ {Platform}, {WorkspaceId}, {Secret.Length} secret bytes, {InstalledAt:O} }}";
}

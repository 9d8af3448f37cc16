using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Where AllyBot is installed: one row per (platform, workspace), holding what the edge needs to talk back (Slack bot
/// token, Teams conversation reference) as an opaque blob the edge encrypts before saving.
/// </summary>
public interface IInstallationStore
{
    Task SaveAsync(Installation installation, CancellationToken cancellationToken = default);

    Task<Installation?> GetAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the installation (uninstall, revoked tokens). Returns whether one existed.</summary>
    Task<bool> DeleteAsync(ChatPlatform platform, string workspaceId, CancellationToken cancellationToken = default);
}

using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>Workspace-wide settings chosen by admins.</summary>
public interface IWorkspaceSettingsStore
{
    /// <summary>The workspace's settings, or <see cref="WorkspaceSettings.Default"/>.</summary>
    Task<WorkspaceSettings> GetAsync(string workspaceId, CancellationToken cancellationToken = default);
}

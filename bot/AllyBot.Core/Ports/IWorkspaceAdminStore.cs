using AllyBot.Core.Admin;

namespace AllyBot.Core.Ports;

/// <summary>
/// Workspace admin configuration and its audit log. Every save bumps one database-wide sequence number, so every
/// instance can notice changes made elsewhere by polling <see cref="CurrentSequenceAsync"/>.
/// </summary>
public interface IWorkspaceAdminStore
{
    /// <summary>The workspace's configuration, or <see cref="WorkspaceAdminConfig.Empty"/>.</summary>
    Task<WorkspaceAdminConfig> GetAsync(string workspaceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="updated"/> (with version <c>current.Version + 1</c>) if the stored version is still
    /// <paramref name="current"/>'s, mirrors the severity floor and channels off into the workspace settings, and
    /// records <paramref name="change"/> with <paramref name="current"/> as the configuration before it (marking the
    /// entry it undoes as undone), all in one transaction. Returns the audit entry's id, or null when someone else
    /// saved first (nothing is written then).
    /// </summary>
    Task<long?> TrySaveAsync(string workspaceId, WorkspaceAdminConfig current, WorkspaceAdminConfig updated, AdminChange change, CancellationToken cancellationToken = default);

    /// <summary>The newest sequence number (0 before any save): cheap, for polling.</summary>
    Task<long> CurrentSequenceAsync(CancellationToken cancellationToken = default);

    /// <summary>The workspaces saved after <paramref name="sequence"/>, with their configurations.</summary>
    Task<AdminConfigChanges> ChangedSinceAsync(long sequence, CancellationToken cancellationToken = default);

    /// <summary>The workspace's newest audit entries, newest first.</summary>
    Task<IReadOnlyList<AdminAuditEntry>> HistoryAsync(string workspaceId, int count, CancellationToken cancellationToken = default);
}

namespace AllyBot.Core.Admin;

/// <summary>The workspaces whose configuration changed after a sequence number, and the newest sequence number seen.</summary>
/// <param name="Sequence">Pass it to the next <see cref="Ports.IWorkspaceAdminStore.ChangedSinceAsync"/>.</param>
/// <param name="Changed">The current configuration of each changed workspace, by workspace id.</param>
public sealed record AdminConfigChanges(long Sequence, IReadOnlyDictionary<string, WorkspaceAdminConfig> Changed);

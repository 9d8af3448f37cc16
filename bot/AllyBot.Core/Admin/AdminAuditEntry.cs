namespace AllyBot.Core.Admin;

/// <summary>One recorded change of a workspace's configuration, with the configuration before it (to undo it).</summary>
/// <param name="Id">Increasing per database.</param>
/// <param name="Change">Who changed what, and when.</param>
/// <param name="Before">The configuration the change replaced.</param>
/// <param name="Undone">Whether a later <c>/ally admin undo</c> reverted it.</param>
public sealed record AdminAuditEntry(long Id, AdminChange Change, WorkspaceAdminConfig Before, bool Undone);

using AllyBot.Core.Ports;

namespace AllyBot.Core.Admin;

/// <summary>
/// Changes a workspace's configuration: read, edit, save if nobody saved meanwhile (else retry on the fresh value),
/// record who changed what in the audit log, and refresh this instance's rules at once (other instances follow
/// within their refresh interval). <see cref="UndoAsync"/> restores the configuration before the latest change.
/// </summary>
public sealed class WorkspaceAdmin(IWorkspaceAdminStore store, EffectiveRuleSetProvider rules, TimeProvider clock)
{
    /// <summary>How often an edit is retried when other admins keep saving first.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The workspace's configuration.</summary>
    public Task<WorkspaceAdminConfig> GetAsync(string workspaceId, CancellationToken cancellationToken = default) =>
        store.GetAsync(workspaceId, cancellationToken);

    /// <summary>The workspace's newest audit entries, newest first.</summary>
    public Task<IReadOnlyList<AdminAuditEntry>> HistoryAsync(string workspaceId, int count, CancellationToken cancellationToken = default) =>
        store.HistoryAsync(workspaceId, count, cancellationToken);

    /// <summary>
    /// Applies <paramref name="edit"/> to the current configuration and saves the result as <paramref name="actorId"/>'s
    /// change. Returns whether it changed anything, and the edit's text (the action, or the refusal).
    /// </summary>
    public async Task<(bool Changed, string Text)> ChangeAsync(
        string workspaceId, string actorId, Func<WorkspaceAdminConfig, AdminEdit> edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return await SaveAsync(workspaceId, current => (edit(current), null), actorId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Restores the configuration before the latest change not yet undone; returns the answer for the admin.</summary>
    public async Task<string> UndoAsync(string workspaceId, string actorId, CancellationToken cancellationToken = default)
    {
        var history = await store.HistoryAsync(workspaceId, 100, cancellationToken).ConfigureAwait(false);
        var target = history.FirstOrDefault(e => !e.Undone && e.Change.Undoes is null);
        if (target is null)
        {
            return "There is nothing to undo.";
        }

        var (changed, text) = await SaveAsync(
                workspaceId,
                current => (AdminEdit.Change(target.Before with { Version = current.Version }, $"undid #{target.Id} ({target.Change.Action})"), target.Id),
                actorId,
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? $"Done: {text}." : text;
    }

    private async Task<(bool Changed, string Text)> SaveAsync(
        string workspaceId, Func<WorkspaceAdminConfig, (AdminEdit Edit, long? Undoes)> edit, string actorId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(workspaceId, cancellationToken).ConfigureAwait(false);
            var (result, undoes) = edit(current);
            if (result.Next is null)
            {
                return (false, result.Text);
            }

            var change = new AdminChange(actorId, result.Text, clock.GetUtcNow(), undoes);
            if (await store.TrySaveAsync(workspaceId, current, result.Next, change, cancellationToken).ConfigureAwait(false) is not null)
            {
                await rules.RefreshAsync(cancellationToken).ConfigureAwait(false);
                return (true, result.Text);
            }
        }

        return (false, "Other admins are changing these settings right now; please try again in a moment.");
    }
}

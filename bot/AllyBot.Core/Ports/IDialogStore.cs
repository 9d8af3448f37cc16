using AllyBot.Core.Dialogs;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Scheduled dialogs' state, shared by every instance, so dialogs survive restarts and a dialog answered on one
/// instance is never asked again by another. Rows are keyed by <see cref="DialogState.Id"/>, which is derived from
/// (kind, workspace, channel, member, occurrence key): starting is an insert-if-absent, and every later change is a
/// compare-and-swap on <see cref="DialogState.Version"/>.
/// </summary>
public interface IDialogStore
{
    /// <summary>
    /// Inserts <paramref name="dialog"/> unless a dialog with its id (open or closed) exists. Returns whether this call
    /// inserted it; only then may the caller send the prompt. Must be atomic across instances (a unique key).
    /// </summary>
    Task<bool> TryStartAsync(DialogState dialog, CancellationToken cancellationToken = default);

    /// <summary>The dialog with <paramref name="dialogId"/>, or null.</summary>
    Task<DialogState?> GetAsync(string dialogId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored dialog with <paramref name="updated"/> only if the stored version is
    /// <c>updated.Version - 1</c>. Returns whether it did; false means another instance changed it first.
    /// </summary>
    Task<bool> TryUpdateAsync(DialogState updated, CancellationToken cancellationToken = default);

    /// <summary>Every open dialog (at most one per member, channel and week; the 72 h expiry keeps this small).</summary>
    Task<IReadOnlyList<DialogState>> ListOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>The member's open dialogs, most recently changed first.</summary>
    Task<IReadOnlyList<DialogState>> ListOpenForMemberAsync(MemberKey member, CancellationToken cancellationToken = default);

    /// <summary>When the member's "Pause 4 weeks" ends, or null when not paused.</summary>
    Task<DateTimeOffset?> GetPausedUntilAsync(MemberKey member, CancellationToken cancellationToken = default);

    /// <summary>Pauses the member's scheduled prompts (every channel of the workspace) until <paramref name="until"/>.</summary>
    Task PauseAsync(MemberKey member, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Deletes closed dialogs that started before <paramref name="startedBefore"/>, and pauses that ended by then. Returns how many dialogs went.</summary>
    Task<int> PurgeClosedAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken = default);

    /// <summary>Deletes the member's dialogs and pause (<c>/ally forget-me</c>).</summary>
    Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default);
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Nudging;
using AllyBot.Core.Participation;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Dialogs;

/// <summary>
/// Wraps <see cref="InboxDispatcher"/> with the dialog routes: dialog buttons (<see cref="DialogActions"/>) go to
/// <see cref="DialogAnswers"/>; a command that is a typed dialog answer goes there too; every message is counted
/// (<see cref="ParticipationRecorder"/>) before the nudger sees it. Everything else is dispatched as before. The
/// inbox worker calls this instead of <see cref="InboxDispatcher"/>.
/// </summary>
public sealed class DialogInboxDispatcher(InboxDispatcher inner, DialogAnswers answers, ParticipationRecorder participation, NotHelpfulReasons? reasons = null, IEnumerable<IEdgeButtonHandler>? edgeButtons = null)
{
    public async Task DispatchAsync(InboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        switch (entry.Kind)
        {
            case InboxKinds.Button when await edgeButtons.TryHandleAsync(entry.Payload, cancellationToken).ConfigureAwait(false):
                return;
            case InboxKinds.Button when reasons is not null && await reasons.HandleButtonAsync(ChatEventJson.Deserialize<ChatButton>(entry.Payload), cancellationToken).ConfigureAwait(false):
                return;
            case InboxKinds.Button when await answers.HandleButtonAsync(ChatEventJson.Deserialize<ChatButton>(entry.Payload), cancellationToken).ConfigureAwait(false):
                return;
            case InboxKinds.Command when await answers.TryHandleTextAsync(ChatEventJson.Deserialize<ChatCommand>(entry.Payload), cancellationToken).ConfigureAwait(false):
                return;
            case InboxKinds.Message:
                await participation.RecordAsync(ChatEventJson.Deserialize<ChatMessage>(entry.Payload), cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }

        await inner.DispatchAsync(entry, cancellationToken).ConfigureAwait(false);
    }
}

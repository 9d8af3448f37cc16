using AllyBot.Core.Commands;
using AllyBot.Core.Conversations;
using AllyBot.Core.Nudging;

namespace AllyBot.Core.Inbox;

/// <summary>Hands an inbox entry to the part of the core that handles its kind.</summary>
public sealed class InboxDispatcher(MessageNudger nudger, AllyCommandRouter commands, NudgeButtons buttons, NudgeRevisor revisor)
{
    public async Task DispatchAsync(InboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        switch (entry.Kind)
        {
            case InboxKinds.Message:
                await nudger.HandleAsync(ChatEventJson.Deserialize<ChatMessage>(entry.Payload), cancellationToken).ConfigureAwait(false);
                break;
            case InboxKinds.Command:
                await commands.HandleAsync(ChatEventJson.Deserialize<ChatCommand>(entry.Payload), cancellationToken).ConfigureAwait(false);
                break;
            case InboxKinds.Button:
                await buttons.HandleAsync(ChatEventJson.Deserialize<ChatButton>(entry.Payload), cancellationToken).ConfigureAwait(false);
                break;
            case InboxKinds.Edit:
                await revisor.HandleEditAsync(ChatEventJson.Deserialize<ChatMessageEdit>(entry.Payload), cancellationToken).ConfigureAwait(false);
                break;
            case InboxKinds.Delete:
                await revisor.HandleDeleteAsync(ChatEventJson.Deserialize<ChatMessageDeletion>(entry.Payload), cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"Unknown inbox entry kind '{entry.Kind}'.");
        }
    }
}

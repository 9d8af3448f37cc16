using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;

namespace AllyBot.Host.Inbox;

/// <summary>
/// Persists an event in the durable inbox (through the <see cref="InboxGroupCommitter"/>, which commits concurrent
/// arrivals together), then wakes the worker at once.
/// </summary>
public sealed class InboxWriter : IInboxWriter
{
    private readonly InboxGroupCommitter _committer;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _clock;

    internal InboxWriter(InboxGroupCommitter committer, InboxSignal signal, TimeProvider clock)
    {
        _committer = committer;
        _signal = signal;
        _clock = clock;
    }

    public Task<bool> AcceptAsync(string dedupeKey, ChatMessage message, CancellationToken cancellationToken = default) =>
        AcceptAsync(dedupeKey, InboxKinds.Message, ChatEventJson.Serialize(message), cancellationToken);

    public Task<bool> AcceptAsync(string dedupeKey, ChatCommand command, CancellationToken cancellationToken = default) =>
        AcceptAsync(dedupeKey, InboxKinds.Command, ChatEventJson.Serialize(command), cancellationToken);

    public Task<bool> AcceptAsync(string dedupeKey, ChatButton button, CancellationToken cancellationToken = default) =>
        AcceptAsync(dedupeKey, InboxKinds.Button, ChatEventJson.Serialize(button), cancellationToken);

    public Task<bool> AcceptAsync(string dedupeKey, ChatMessageEdit edit, CancellationToken cancellationToken = default) =>
        AcceptAsync(dedupeKey, InboxKinds.Edit, ChatEventJson.Serialize(edit), cancellationToken);

    public Task<bool> AcceptAsync(string dedupeKey, ChatMessageDeletion deletion, CancellationToken cancellationToken = default) =>
        AcceptAsync(dedupeKey, InboxKinds.Delete, ChatEventJson.Serialize(deletion), cancellationToken);

    private async Task<bool> AcceptAsync(string dedupeKey, string kind, string payload, CancellationToken cancellationToken)
    {
        var accepted = await _committer.EnqueueAsync(new InboxArrival(dedupeKey, kind, payload, _clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (accepted)
        {
            _signal.Notify();
        }

        return accepted;
    }
}

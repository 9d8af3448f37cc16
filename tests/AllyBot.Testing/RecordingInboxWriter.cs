using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;

namespace AllyBot.Testing;

/// <summary>An <see cref="IInboxWriter"/> that records what edges accepted, with dedupe like the real inbox.</summary>
public sealed class RecordingInboxWriter : IInboxWriter
{
    private readonly ConcurrentDictionary<string, object> _accepted = new();
    private readonly ConcurrentQueue<object> _order = new();

    public IReadOnlyList<object> Accepted => [.. _order];

    public IReadOnlyList<ChatMessage> Messages => [.. _order.OfType<ChatMessage>()];

    public IReadOnlyList<ChatCommand> Commands => [.. _order.OfType<ChatCommand>()];

    public IReadOnlyList<ChatButton> Buttons => [.. _order.OfType<ChatButton>()];

    public IReadOnlyList<ChatMessageEdit> Edits => [.. _order.OfType<ChatMessageEdit>()];

    public IReadOnlyList<ChatMessageDeletion> Deletions => [.. _order.OfType<ChatMessageDeletion>()];

    public Task<bool> AcceptAsync(string dedupeKey, ChatMessage message, CancellationToken cancellationToken = default) => Accept(dedupeKey, message);

    public Task<bool> AcceptAsync(string dedupeKey, ChatCommand command, CancellationToken cancellationToken = default) => Accept(dedupeKey, command);

    public Task<bool> AcceptAsync(string dedupeKey, ChatButton button, CancellationToken cancellationToken = default) => Accept(dedupeKey, button);

    public Task<bool> AcceptAsync(string dedupeKey, ChatMessageEdit edit, CancellationToken cancellationToken = default) => Accept(dedupeKey, edit);

    public Task<bool> AcceptAsync(string dedupeKey, ChatMessageDeletion deletion, CancellationToken cancellationToken = default) => Accept(dedupeKey, deletion);

    private Task<bool> Accept(string dedupeKey, object item)
    {
        if (!_accepted.TryAdd(dedupeKey, item))
        {
            return Task.FromResult(false);
        }

        _order.Enqueue(item);
        return Task.FromResult(true);
    }
}

using AllyBot.Core.Conversations;

namespace AllyBot.Core.Ports;

/// <summary>
/// What every edge calls after verifying a request and before acknowledging it: persist the event durably and wake
/// the worker. Returns false when the dedupe key was seen before (a platform retry), which the edge acks all the same.
/// </summary>
public interface IInboxWriter
{
    Task<bool> AcceptAsync(string dedupeKey, ChatMessage message, CancellationToken cancellationToken = default);

    Task<bool> AcceptAsync(string dedupeKey, ChatCommand command, CancellationToken cancellationToken = default);

    Task<bool> AcceptAsync(string dedupeKey, ChatButton button, CancellationToken cancellationToken = default);

    Task<bool> AcceptAsync(string dedupeKey, ChatMessageEdit edit, CancellationToken cancellationToken = default);

    Task<bool> AcceptAsync(string dedupeKey, ChatMessageDeletion deletion, CancellationToken cancellationToken = default);
}

using AllyBot.Core.Outbox;

namespace AllyBot.Core.Ports;

/// <summary>
/// The durable outbox: a reply is written here when AllyBot decides to send it, and a worker sends it, retrying with
/// backoff until it is delivered or given up (dead-lettered). A claimed entry is leased, so only one worker (or
/// instance) sends it at a time; its payload is deleted as soon as it is sent or dead.
/// </summary>
public interface IOutbox
{
    /// <summary>Stores a reply to send, due at once. Returns false when <paramref name="dedupeKey"/> was stored before (nothing changes).</summary>
    Task<bool> EnqueueAsync(string dedupeKey, string kind, string platform, string payload, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> due entries not leased by anyone else, oldest first, each leased to
    /// <paramref name="owner"/> until <c>now + lease</c>. An expired lease (its worker died) counts as a failed attempt.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed entry sent and deletes its payload. Returns false when <paramref name="owner"/> no longer held it.</summary>
    Task<bool> MarkSentAsync(long id, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the entry due again at <paramref name="retryAt"/>, counting a failed attempt unless
    /// <paramref name="countsAsAttempt"/> is false (nothing was tried: the platform's circuit was open).
    /// </summary>
    Task RetryLaterAsync(long id, string owner, DateTimeOffset retryAt, string errorCode, bool countsAsAttempt = true, CancellationToken cancellationToken = default);

    /// <summary>Gives up on an entry: dead, payload deleted, <paramref name="errorCode"/> (a content-free code) kept.</summary>
    Task DeadLetterAsync(long id, string owner, DateTimeOffset now, string errorCode, CancellationToken cancellationToken = default);

    /// <summary>Gives back claimed entries that were not started, without counting an attempt.</summary>
    Task<int> UnclaimAsync(string owner, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Deletes sent and dead entries finished before <paramref name="olderThan"/>. Returns how many.</summary>
    Task<int> PurgeFinishedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);

    /// <summary>How many entries are pending, sent and dead.</summary>
    Task<OutboxCounts> CountAsync(CancellationToken cancellationToken = default);
}

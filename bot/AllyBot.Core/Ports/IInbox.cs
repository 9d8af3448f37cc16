using AllyBot.Core.Inbox;

namespace AllyBot.Core.Ports;

/// <summary>
/// The durable inbox: edges persist each accepted event before acknowledging it; workers claim and process entries.
/// At-least-once delivery, exactly-once effect: a delivery seen before (same dedupe key) is not enqueued again, and a
/// claimed entry is leased so that only one worker (or instance) processes it at a time.
/// </summary>
public interface IInbox
{
    /// <summary>Persists an event. Returns false when this dedupe key was already accepted (a retry).</summary>
    Task<bool> EnqueueAsync(string dedupeKey, string kind, string payload, DateTimeOffset receivedAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Persists several events in one transaction, in list order (a group commit): all of them or, on an error, none.
    /// Returns, per arrival, whether it was new; a key seen before, or earlier in the same list, gives false.
    /// </summary>
    Task<IReadOnlyList<bool>> EnqueueManyAsync(IReadOnlyList<InboxArrival> arrivals, CancellationToken cancellationToken = default);

    /// <summary>Claims the oldest entry that is due and not leased by someone else, leasing it until <c>now + lease</c>.</summary>
    Task<InboxEntry?> ClaimNextAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> entries at once, like <see cref="ClaimNextAsync"/> does one, each leased until
    /// <c>now + lease</c>: due commands and button presses first (someone is waiting on them), then the rest, oldest
    /// first within each. Empty when nothing is due.
    /// </summary>
    Task<IReadOnlyList<InboxEntry>> ClaimBatchAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives back entries <paramref name="owner"/> claimed but did not start (no attempt is counted), so that any worker
    /// may claim them at once. Entries no longer leased to <paramref name="owner"/> are left alone.
    /// </summary>
    /// <returns>How many were given back.</returns>
    Task<int> UnclaimAsync(string owner, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Marks the entry done and deletes its payload (and with it any message text).</summary>
    Task CompleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Gives a failed entry back, due again at <paramref name="retryAt"/>; after too many attempts it is dropped with its text.</summary>
    Task ReleaseAsync(long id, DateTimeOffset retryAt, CancellationToken cancellationToken = default);

    /// <summary>Deletes finished entries received before <paramref name="olderThan"/> (their dedupe keys go with them).</summary>
    /// <returns>How many were deleted.</returns>
    Task<int> PurgeCompletedAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);

    /// <summary>How many entries wait to be processed.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken = default);
}

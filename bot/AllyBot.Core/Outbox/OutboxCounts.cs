namespace AllyBot.Core.Outbox;

/// <summary>How many outbox entries are in each state; content-free, for metrics.</summary>
/// <param name="Pending">Waiting to be sent (or retried).</param>
/// <param name="Sent">Sent and not purged yet.</param>
/// <param name="Dead">Given up after too many attempts or a permanent failure, not purged yet.</param>
public sealed record OutboxCounts(int Pending, int Sent, int Dead);

namespace AllyBot.Core.Inbox;

/// <summary>An accepted event waiting to be processed.</summary>
/// <param name="Id">The row id.</param>
/// <param name="DedupeKey">The platform's delivery id (Slack event_id, Teams activity id); a retry of the same delivery has the same key.</param>
/// <param name="Kind">What <paramref name="Payload"/> holds (see <see cref="InboxKinds"/>).</param>
/// <param name="Payload">The event as JSON. The only place message text is ever stored, and only until processed.</param>
/// <param name="Attempts">How many times processing was tried before.</param>
/// <param name="DueAt">Since when the entry has been waiting to be processed: its arrival, or the retry time after a failure.</param>
public sealed record InboxEntry(long Id, string DedupeKey, string Kind, string Payload, int Attempts, DateTimeOffset DueAt)
{
    /// <summary>Never prints the payload.</summary>
    public override string ToString() => $"InboxEntry {{ {Id}, {DedupeKey}, {Kind}, attempt {Attempts + 1} }}";
}

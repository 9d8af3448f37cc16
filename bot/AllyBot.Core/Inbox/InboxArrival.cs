namespace AllyBot.Core.Inbox;

/// <summary>A verified event on its way into the inbox, before it has a row id.</summary>
/// <param name="DedupeKey">The platform's delivery id; a retry of the same delivery has the same key.</param>
/// <param name="Kind">What <paramref name="Payload"/> holds (see <see cref="InboxKinds"/>).</param>
/// <param name="Payload">The event as JSON (message text: never logged).</param>
/// <param name="ReceivedAt">When the edge received it.</param>
public sealed record InboxArrival(string DedupeKey, string Kind, string Payload, DateTimeOffset ReceivedAt)
{
    /// <summary>Never prints the payload.</summary>
    public override string ToString() => $"InboxArrival {{ {DedupeKey}, {Kind} }}";
}

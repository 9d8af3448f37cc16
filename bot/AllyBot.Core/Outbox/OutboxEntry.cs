namespace AllyBot.Core.Outbox;

/// <summary>A reply waiting in the outbox, claimed by one worker.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Kind">One of <see cref="OutboxKinds"/>.</param>
/// <param name="Platform">The <see cref="Conversations.ChatPlatform"/> it goes to, by name.</param>
/// <param name="Payload">The reply as JSON (<see cref="OutboxJson"/>); may hold private text until sent.</param>
/// <param name="Attempts">Failed attempts so far (expired leases included).</param>
/// <param name="CreatedAt">When the reply was decided.</param>
public sealed record OutboxEntry(long Id, string Kind, string Platform, string Payload, int Attempts, DateTimeOffset CreatedAt)
{
    /// <summary>Never prints the payload.</summary>
    public override string ToString() => $"OutboxEntry {{ {Id}, {Kind}, {Platform}, attempt {Attempts} }}";
}

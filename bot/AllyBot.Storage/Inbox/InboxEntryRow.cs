using AllyBot.Core.Inbox;
using AllyBot.Storage.Stores;

namespace AllyBot.Storage.Inbox;

/// <summary>An inbox row as claimed (times in unix milliseconds).</summary>
internal sealed class InboxEntryRow
{
    public long Id { get; init; }

    public string DedupeKey { get; init; } = "";

    public string Kind { get; init; } = "";

    public string? Payload { get; init; }

    public long Attempts { get; init; }

    public long ReceivedAt { get; init; }

    public long DueAt { get; init; }

    public InboxEntry ToEntry() => new(Id, DedupeKey, Kind, Payload ?? "", (int)Attempts, UnixMilliseconds.ToTime(DueAt));
}

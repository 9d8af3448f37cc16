namespace AllyBot.Storage.Inbox;

/// <summary>An inbox row as claimed.</summary>
internal sealed class InboxEntryRow
{
    public long Id { get; init; }

    public string DedupeKey { get; init; } = "";

    public string Kind { get; init; } = "";

    public string? Payload { get; init; }

    public long Attempts { get; init; }

    public long DueAt { get; init; }
}

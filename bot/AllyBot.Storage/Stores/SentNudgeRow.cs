namespace AllyBot.Storage.Stores;

/// <summary>A <c>sent_nudges</c> row as read (platform, workspace, channel and message are the key asked for).</summary>
internal sealed class SentNudgeRow
{
    public string? ThreadId { get; init; }

    public string NudgeConversationId { get; init; } = "";

    public string NudgeMessageId { get; init; } = "";

    public bool Targeted { get; init; }

    public string RuleIds { get; init; } = "";

    public long SentAt { get; init; }
}

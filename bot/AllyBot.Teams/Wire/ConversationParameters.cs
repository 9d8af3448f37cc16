namespace AllyBot.Teams.Wire;

/// <summary>Body of <c>POST v3/conversations</c> (proactive 1:1 chat, protocols.md §2.2).</summary>
internal sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    public TeamsChannelData? ChannelData { get; init; }
}

namespace AllyBot.Teams.Wire;

/// <summary>An activity entity. AllyBot reads <c>mention</c> and writes <c>targetedMessageInfo</c>; other types are ignored (A2104).</summary>
internal sealed record Entity
{
    public string? Type { get; init; }

    /// <summary>For mentions: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For mentions: the exact markup in the text, e.g. <c>&lt;at&gt;AllyBot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    /// <summary>For <c>targetedMessageInfo</c>: the user's message the targeted message is about.</summary>
    public string? MessageId { get; init; }
}

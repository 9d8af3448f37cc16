namespace AllyBot.Core.Conversations;

/// <summary>Where a conversation happens.</summary>
public enum ChatPlatform
{
    /// <summary>The local playground page.</summary>
    Playground,

    /// <summary>Slack, through the native Slack edge.</summary>
    Slack,

    /// <summary>Microsoft Teams (or another Bot Framework channel).</summary>
    Teams,
}

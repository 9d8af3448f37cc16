namespace AllyBot.Slack.OAuth;

/// <summary>The bot scopes AllyBot asks for (protocols.md §3.8); the manifest lists exactly these.</summary>
internal static class SlackScopes
{
    public static readonly IReadOnlyList<string> Bot =
    [
        "channels:history", "groups:history", "im:history", "mpim:history", "app_mentions:read", "chat:write",
        "commands", "reactions:write", "users:read", "channels:read", "groups:read", "im:write", "dnd:read",
    ];
}

namespace AllyBot.Slack.Translation;

/// <summary>
/// The inbox dedupe keys of Slack deliveries. They come from the payload only, so an HTTP retry, a Socket Mode retry
/// after a reconnect, and the app_mention twin of a message event all map to the same key.
/// </summary>
internal static class SlackDedupeKeys
{
    /// <summary>A new message, by channel and ts (shared by its <c>message</c> and <c>app_mention</c> events).</summary>
    public static string Message(string teamId, string channelId, string ts) => $"slack:{teamId}:msg:{channelId}:{ts}";

    /// <summary>One edit of a message, by the event's id (each edit is its own event).</summary>
    public static string Edit(string teamId, string channelId, string ts, string eventId) => $"slack:{teamId}:edit:{channelId}:{ts}:{eventId}";

    /// <summary>The deletion of a message (deleted once, whatever the retries).</summary>
    public static string Deletion(string teamId, string channelId, string ts) => $"slack:{teamId}:del:{channelId}:{ts}";

    /// <summary>One <c>/ally</c> invocation, by its trigger id.</summary>
    public static string Command(string teamId, string triggerId) => $"slack:{teamId}:cmd:{triggerId}";

    /// <summary>One button press.</summary>
    public static string Button(string teamId, string messageTs, string actionId, string actionTs) => $"slack:{teamId}:btn:{messageTs}:{actionId}:{actionTs}";

    /// <summary>One opening of the App Home tab, by the event's id.</summary>
    public static string HomeOpened(string teamId, string eventId) => $"slack:{teamId}:home:{eventId}";

    /// <summary>One modal submission.</summary>
    public static string View(string teamId, string viewId, string? hash) => $"slack:{teamId}:view:{viewId}:{hash}";
}

namespace AllyBot.Teams.Inbound;

/// <summary>
/// Teams channel conversation ids carry the reply chain: <c>19:x@thread.tacv2;messageid=1700000000000</c>. AllyBot's
/// <see cref="Core.Conversations.ChatAddress"/> keeps the channel and the thread root apart.
/// </summary>
internal static class ConversationIds
{
    private const string MessageIdMarker = ";messageid=";

    public static (string Channel, string? Thread) Split(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? (conversationId, null) : (conversationId[..at], conversationId[(at + MessageIdMarker.Length)..]);
    }

    public static string Compose(string channel, string? thread) => thread is { Length: > 0 } ? channel + MessageIdMarker + thread : channel;

    /// <summary>Personal (1:1) chats with the bot have ids starting <c>a:</c>; channels and group chats start <c>19:</c>.</summary>
    public static bool IsPersonal(string conversationId) => conversationId.StartsWith("a:", StringComparison.Ordinal);

    /// <summary>Whether the conversation has reply chains: team channels do, group and 1:1 chats do not.</summary>
    public static bool HasThreads(string conversationId) =>
        conversationId.EndsWith("@thread.tacv2", StringComparison.OrdinalIgnoreCase) || conversationId.EndsWith("@thread.skype", StringComparison.OrdinalIgnoreCase);
}

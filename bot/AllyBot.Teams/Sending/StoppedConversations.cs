using System.Collections.Concurrent;
using AllyBot.Teams.Inbound;

namespace AllyBot.Teams.Sending;

/// <summary>
/// Conversations the Connector said the bot is no longer in (403 BotNotInConversationRoster, 404
/// ConversationNotFound): nothing more is sent there until the bot hears from the conversation again. In memory.
/// </summary>
internal sealed class StoppedConversations
{
    private readonly ConcurrentDictionary<string, bool> _stopped = new(StringComparer.Ordinal);

    public void Stop(string conversationId) => _stopped[Key(conversationId)] = true;

    public void Resume(string conversationId) => _stopped.TryRemove(Key(conversationId), out _);

    public bool IsStopped(string conversationId) => _stopped.ContainsKey(Key(conversationId));

    /// <summary>A channel's reply chains share the channel's fate.</summary>
    private static string Key(string conversationId) => ConversationIds.Split(conversationId).Channel;
}

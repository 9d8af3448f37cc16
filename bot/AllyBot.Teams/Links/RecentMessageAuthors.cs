using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Links;

/// <summary>
/// Who wrote the channel and chat messages the bot saw recently: without Graph, the only way to find a linked
/// message's author. Filled by the inbound path, bounded to <see cref="Capacity"/> messages and <see cref="Keep"/>
/// (oldest dropped first). Only ids are kept, never text.
/// </summary>
internal sealed class RecentMessageAuthors(TimeProvider clock)
{
    public const int Capacity = 20_000;

    public static readonly TimeSpan Keep = TimeSpan.FromHours(24);

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Tenant, string Channel, string Message), (ChatAddress Where, ChatUser Author, DateTimeOffset At)> _messages = [];
    private readonly Queue<((string Tenant, string Channel, string Message) Key, DateTimeOffset At)> _order = new();

    /// <summary>Remembers that <paramref name="author"/> wrote <paramref name="messageId"/> in <paramref name="where"/>.</summary>
    public void Remember(ChatAddress where, string messageId, ChatUser author)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(author);
        var now = clock.GetUtcNow();
        var key = Key(where.WorkspaceId, where.ChannelId, messageId);
        lock (_lock)
        {
            Expire(now);
            _messages[key] = (where, author, now);
            _order.Enqueue((key, now));
            while (_messages.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                if (_messages.TryGetValue(oldest.Key, out var entry) && entry.At == oldest.At)
                {
                    _messages.Remove(oldest.Key);
                }
            }
        }
    }

    /// <summary>The message's channel (with its thread) and author, when seen in the last <see cref="Keep"/>.</summary>
    public (ChatAddress Where, ChatUser Author)? Find(string tenantId, string channelId, string messageId)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Expire(now);
            return _messages.TryGetValue(Key(tenantId, channelId, messageId), out var entry) ? (entry.Where, entry.Author) : null;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= Keep)
        {
            _order.Dequeue();
            if (_messages.TryGetValue(oldest.Key, out var entry) && entry.At == oldest.At)
            {
                _messages.Remove(oldest.Key);
            }
        }
    }

    private static (string, string, string) Key(string tenantId, string channelId, string messageId) =>
        (tenantId.ToUpperInvariant(), channelId, messageId);
}

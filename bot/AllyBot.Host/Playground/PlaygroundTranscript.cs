namespace AllyBot.Host.Playground;

/// <summary>
/// What happened in the simulated channels, newest last, in memory only and bounded: the playground plays the chat
/// client, so it shows people their own messages; nothing here is written to disk or to the database.
/// </summary>
public sealed class PlaygroundTranscript
{
    /// <summary>The most events kept.</summary>
    public const int Capacity = 500;

    private readonly LinkedList<PlaygroundEvent> _events = new();
    private readonly Lock _lock = new();
    private long _seq;

    public PlaygroundEvent Add(Func<long, PlaygroundEvent> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_lock)
        {
            var added = create(++_seq);
            _events.AddLast(added);
            if (_events.Count > Capacity)
            {
                _events.RemoveFirst();
            }

            return added;
        }
    }

    public IReadOnlyList<PlaygroundEvent> After(long seq)
    {
        lock (_lock)
        {
            return [.. _events.Where(e => e.Seq > seq)];
        }
    }
}

using Microsoft.Extensions.Options;

namespace AllyBot.Host.Inbox;

/// <summary>
/// How fast events are arriving at this instance's inbox, so that background processing can step aside during a
/// burst: the platforms' ack deadlines (Slack 3 s) are hard, a nudge a few seconds later is not. Fed by the group
/// commit with every committed batch; read by the inbox worker between batches.
/// </summary>
internal sealed class IngestPressure(TimeProvider clock, IOptions<InboxWorkerOptions> options)
{
    /// <summary>The length of one counting window; the rate looks at the current and the previous window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private long _windowStart = clock.GetTimestamp();
    private int _current;
    private int _previous;

    /// <summary>Counts <paramref name="arrivals"/> new inbox entries, committed now.</summary>
    public void Record(int arrivals)
    {
        lock (_lock)
        {
            Roll();
            _current += arrivals;
        }
    }

    /// <summary>Arrivals per second over roughly the last two windows.</summary>
    public double ArrivalsPerSecond
    {
        get
        {
            lock (_lock)
            {
                Roll();
                var span = Window + clock.GetElapsedTime(_windowStart);
                return (_previous + _current) / span.TotalSeconds;
            }
        }
    }

    /// <summary>Whether arrivals come at least as fast as <see cref="InboxWorkerOptions.BurstArrivalsPerSecond"/>.</summary>
    public bool IsBursting => ArrivalsPerSecond >= options.Value.BurstArrivalsPerSecond;

    private void Roll()
    {
        var elapsed = clock.GetElapsedTime(_windowStart);
        if (elapsed < Window)
        {
            return;
        }

        // One window later the current count becomes the previous one and the next window starts where it ended;
        // after two or more, both counts are stale and a window starts now.
        if (elapsed < Window * 2)
        {
            _previous = _current;
            _windowStart += (long)(Window.TotalSeconds * clock.TimestampFrequency);
        }
        else
        {
            _previous = 0;
            _windowStart = clock.GetTimestamp();
        }

        _current = 0;
    }
}

namespace AllyBot.Storage.Connections;

/// <summary>
/// Lets one unit of work at a time use the embedded SQLite database, in arrival order. SQLite has one write lock per
/// file, and its busy handler makes a waiting writer sleep 1, 2, 5 … 100 ms between tries, far longer than AllyBot's
/// write transactions (microseconds in WAL mode): under load, request threads slept behind each other and the inbox
/// group commit waited for the worker's writes. Queued here instead, a waiter is woken the moment the holder is done
/// and waits without holding a thread. Work nested inside a unit that holds the gate (same async flow) passes
/// through. PostgreSQL needs no gate (<see cref="None"/>): it locks rows, and several instances share it.
/// </summary>
internal sealed class ConnectionGate
{
    /// <summary>How long a unit of work waits for the gate before failing.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>No gate: every unit of work proceeds at once.</summary>
    public static readonly ConnectionGate None = new(null, DefaultTimeout);

    private readonly SemaphoreSlim? _semaphore;
    private readonly TimeSpan _timeout;
    private readonly AsyncLocal<bool> _held = new();

    private ConnectionGate(SemaphoreSlim? semaphore, TimeSpan timeout)
    {
        _semaphore = semaphore;
        _timeout = timeout;
    }

    /// <summary>Whether the gate admits one unit of work at a time (SQLite), so at most one writer is ever busy.</summary>
    public bool AdmitsOne => _semaphore is not null;

    /// <summary>A gate that admits one unit of work at a time.</summary>
    public static ConnectionGate Single(TimeSpan? timeout = null) => new(new SemaphoreSlim(1, 1), timeout ?? DefaultTimeout);

    /// <summary>
    /// Runs <paramref name="work"/> once the gate admits it (at once when this flow already holds it). Must be called
    /// from an async method's own body, so the "held" mark set here is seen by the work and dropped when it returns.
    /// </summary>
    /// <exception cref="TimeoutException">The gate stayed taken for longer than the timeout.</exception>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_semaphore is null || _held.Value)
        {
            return await work().ConfigureAwait(false);
        }

        if (!await _semaphore.WaitAsync(_timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException($"The SQLite database stayed busy for {_timeout.TotalSeconds:0} s; too much work is queued for it.");
        }

        try
        {
            _held.Value = true;
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _held.Value = false;
            _semaphore.Release();
        }
    }
}

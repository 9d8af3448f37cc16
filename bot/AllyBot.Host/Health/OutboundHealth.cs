using System.Collections.Concurrent;

namespace AllyBot.Host.Health;

/// <summary>
/// The latest outcome of AllyBot's outbound calls, per host (Slack Web API, Bot Connector, token endpoints), so
/// <c>/readyz</c> can show whether replies are getting out. Host names and status codes only.
/// </summary>
internal sealed class OutboundHealth(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, OutboundHostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public void Record(string host, int? statusCode)
    {
        var now = clock.GetUtcNow();
        var ok = statusCode is >= 200 and < 300;
        _hosts.AddOrUpdate(
            host,
            _ => new OutboundHostState(statusCode, ok ? now : null, ok ? null : now),
            (_, previous) => new OutboundHostState(statusCode, ok ? now : previous.LastOkAt, ok ? null : previous.FailingSince ?? now));
    }

    public IReadOnlyDictionary<string, OutboundHostState> Snapshot() => new Dictionary<string, OutboundHostState>(_hosts);
}

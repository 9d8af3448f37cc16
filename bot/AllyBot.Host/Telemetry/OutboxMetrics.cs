using System.Diagnostics.Metrics;
using AllyBot.Core.Outbox;
using AllyBot.Core.Telemetry;

namespace AllyBot.Host.Telemetry;

/// <summary>
/// The outbox's content-free metrics: entries sent, retried and dead-lettered by kind (counters), and how many are
/// pending or dead right now (gauges <c>allybot.outbox.pending</c>, <c>allybot.outbox.dead</c>), refreshed by the worker.
/// </summary>
internal sealed class OutboxMetrics
{
    private readonly Counter<long> _outcomes;
    private OutboxCounts _counts = new(0, 0, 0);

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(AllyBotMetrics.MeterName);
        _outcomes = meter.CreateCounter<long>("allybot.outbox.attempts", "{attempt}", "Outbox send attempts, by kind and outcome (sent, retry, dead, circuit_open).");
        meter.CreateObservableGauge("allybot.outbox.pending", () => Volatile.Read(ref _counts).Pending, "{message}", "Replies waiting in the outbox to be sent or retried.");
        meter.CreateObservableGauge("allybot.outbox.dead", () => Volatile.Read(ref _counts).Dead, "{message}", "Replies given up on (dead-lettered), not purged yet.");
    }

    /// <summary>The last counts the worker read.</summary>
    public OutboxCounts Counts => Volatile.Read(ref _counts);

    public void Set(OutboxCounts counts) => Volatile.Write(ref _counts, counts);

    /// <summary>One attempt's outcome: <c>sent</c>, <c>retry</c>, <c>dead</c> or <c>circuit_open</c> (not tried).</summary>
    public void Attempted(string kind, string outcome) =>
        _outcomes.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));
}

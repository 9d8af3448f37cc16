using System.Diagnostics.Metrics;
using AllyBot.Core.Telemetry;

namespace AllyBot.Host.Telemetry;

/// <summary>The inbox depth as a gauge (<c>allybot.inbox.pending</c>), refreshed by the worker after each pass.</summary>
internal sealed class InboxDepth
{
    private int _pending;

    public InboxDepth(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(AllyBotMetrics.MeterName);
        meter.CreateObservableGauge("allybot.inbox.pending", () => Volatile.Read(ref _pending), "{event}", "Accepted events waiting to be processed.");
    }

    public void Set(int pending) => Volatile.Write(ref _pending, pending);
}

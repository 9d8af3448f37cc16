using System.Collections.Concurrent;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Ports;

namespace AllyBot.Testing;

/// <summary><see cref="IDeliveryLog"/> in memory: record-if-absent.</summary>
public sealed class InMemoryDeliveryLog : IDeliveryLog
{
    private readonly ConcurrentDictionary<ScheduledDelivery, DateTimeOffset> _entries = new();

    /// <summary>Every delivery recorded.</summary>
    public IReadOnlyDictionary<ScheduledDelivery, DateTimeOffset> Entries => _entries;

    public Task<bool> TryRecordAsync(ScheduledDelivery delivery, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryAdd(delivery, at));

    public Task<int> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var old = _entries.Where(e => e.Value < before).Select(e => e.Key).ToList();
        old.ForEach(k => _entries.TryRemove(k, out _));
        return Task.FromResult(old.Count);
    }
}

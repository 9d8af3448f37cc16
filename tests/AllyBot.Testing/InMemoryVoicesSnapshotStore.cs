using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Voices;

namespace AllyBot.Testing;

/// <summary><see cref="IVoicesSnapshotStore"/> in memory.</summary>
public sealed class InMemoryVoicesSnapshotStore : IVoicesSnapshotStore
{
    private readonly ConcurrentDictionary<(ChatAddress Channel, IsoWeek Week), VoicesSnapshot> _snapshots = new();

    /// <summary>Every snapshot stored.</summary>
    public IReadOnlyDictionary<(ChatAddress Channel, IsoWeek Week), VoicesSnapshot> All => _snapshots;

    public Task SaveAsync(ChatAddress channel, IsoWeek week, VoicesSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        _snapshots[(channel, week)] = snapshot;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<VoicesSnapshot>> ListBeforeAsync(ChatAddress channel, IsoWeek week, int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<VoicesSnapshot>>([.. _snapshots.Where(s => s.Key.Channel == channel && s.Key.Week < week)
            .OrderBy(s => s.Key.Week).TakeLast(count).Select(s => s.Value)]);
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Ports;

/// <summary>Weekly channel aggregates (no member ids), 12 months: the history a digest compares with.</summary>
public interface IVoicesSnapshotStore
{
    /// <summary>Stores (or replaces) the channel's numbers for <paramref name="week"/>.</summary>
    Task SaveAsync(ChatAddress channel, IsoWeek week, VoicesSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The channel's snapshots of the <paramref name="count"/> most recent weeks before <paramref name="week"/>, oldest first.</summary>
    Task<IReadOnlyList<VoicesSnapshot>> ListBeforeAsync(ChatAddress channel, IsoWeek week, int count, CancellationToken cancellationToken = default);
}

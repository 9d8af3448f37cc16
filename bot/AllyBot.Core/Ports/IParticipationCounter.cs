using AllyBot.Core.Conversations;
using AllyBot.Core.Participation;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Content-free daily counters (voices.md 4.3): one number per (channel, UTC day, pseudonym, kind), 28 days
/// rolling. There is no way to store anything else about a message.
/// </summary>
public interface IParticipationCounter
{
    /// <summary>Adds one to the counter of <paramref name="count"/> (atomically; several instances count at once).</summary>
    Task IncrementAsync(ParticipationCount count, CancellationToken cancellationToken = default);

    /// <summary>Messages of every kind per pseudonym in <paramref name="channel"/> from <paramref name="firstDay"/> to <paramref name="lastDay"/> inclusive. Pseudonyms with none are absent.</summary>
    Task<IReadOnlyDictionary<string, int>> SumByMemberAsync(ChatAddress channel, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default);

    /// <summary>Deletes counters of days before <paramref name="day"/>. Returns how many rows.</summary>
    Task<int> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Deletes the member's counters (<c>/ally forget-me</c>).</summary>
    Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default);
}

using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Participation;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;

namespace AllyBot.Testing;

/// <summary><see cref="IParticipationCounter"/> in memory: a number per key, nothing else.</summary>
public sealed class InMemoryParticipationCounter : IParticipationCounter
{
    private readonly ConcurrentDictionary<ParticipationCount, int> _counters = new();

    /// <summary>Every counter, exactly as stored.</summary>
    public IReadOnlyDictionary<ParticipationCount, int> Counters => _counters;

    public Task IncrementAsync(ParticipationCount count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(count);
        _counters.AddOrUpdate(count, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, int>> SumByMemberAsync(ChatAddress channel, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(_counters
            .Where(c => c.Key.Channel == channel && c.Key.Day >= firstDay && c.Key.Day <= lastDay)
            .GroupBy(c => c.Key.Pseudonym, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal));

    public Task<int> PurgeBeforeAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var old = _counters.Keys.Where(k => k.Day < day).ToList();
        old.ForEach(k => _counters.TryRemove(k, out _));
        return Task.FromResult(old.Count);
    }

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        foreach (var key in _counters.Keys.Where(k => k.Channel.WorkspaceId == member.WorkspaceId && k.Pseudonym == member.Pseudonym).ToList())
        {
            _counters.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}

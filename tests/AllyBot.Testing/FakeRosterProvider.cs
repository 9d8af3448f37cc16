using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Testing;

/// <summary>An <see cref="IRosterProvider"/> whose channels and managers the test sets.</summary>
public sealed class FakeRosterProvider : IRosterProvider
{
    private readonly ConcurrentDictionary<ChatAddress, IReadOnlyList<RosterMember>> _channels = new();
    private readonly ConcurrentDictionary<string, string> _managers = new(StringComparer.Ordinal);

    /// <summary>Sets the human members of <paramref name="channel"/>.</summary>
    public void Set(ChatAddress channel, params RosterMember[] members)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channels[channel with { ThreadId = null }] = members;
    }

    /// <summary>Sets <paramref name="userId"/>'s manager.</summary>
    public void SetManager(string userId, string managerId) => _managers[userId] = managerId;

    public Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Task.FromResult(_channels.GetValueOrDefault(channel with { ThreadId = null }) ?? []);
    }

    public Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_managers.GetValueOrDefault(userId));
}

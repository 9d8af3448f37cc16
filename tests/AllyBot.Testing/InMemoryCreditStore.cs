using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;

namespace AllyBot.Testing;

/// <summary><see cref="ICreditStore"/> in memory.</summary>
public sealed class InMemoryCreditStore : ICreditStore
{
    private readonly List<Credit> _credits = [];
    private readonly Lock _lock = new();

    /// <summary>Every stored credit, in the order given.</summary>
    public IReadOnlyList<Credit> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _credits];
            }
        }
    }

    public Task<bool> AddAsync(Credit credit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credit);
        lock (_lock)
        {
            if (_credits.Exists(c => c.Id == credit.Id))
            {
                return Task.FromResult(false);
            }

            _credits.Add(credit);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<Credit>> ListSharedInChannelAsync(ChatAddress channel, DateTimeOffset givenFrom, DateTimeOffset givenBefore, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Credit>>([.. Shared(givenFrom, givenBefore).Where(c => c.Channel == channel).OrderBy(c => c.GivenAt)]);
        }
    }

    public Task<IReadOnlyList<ChatAddress>> ListChannelsWithSharedCreditsAsync(DateTimeOffset givenFrom, DateTimeOffset givenBefore, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ChatAddress>>([.. Shared(givenFrom, givenBefore).Select(c => c.Channel).Distinct()]);
        }
    }

    public Task<IReadOnlyDictionary<string, int>> CountReceivedAsync(ChatAddress channel, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyDictionary<string, int>>(_credits.Where(c => c.Channel == channel && c.GivenAt >= since)
                .GroupBy(c => c.Receiver.Pseudonym).ToDictionary(g => g.Key, g => g.Count()));
        }
    }

    public Task<int> PurgeBeforeAsync(DateTimeOffset givenBefore, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_credits.RemoveAll(c => c.GivenAt < givenBefore));
        }
    }

    public Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _credits.RemoveAll(c => c.Giver == member || c.Receiver == member);
        }

        return Task.CompletedTask;
    }

    private IEnumerable<Credit> Shared(DateTimeOffset givenFrom, DateTimeOffset givenBefore) =>
        _credits.Where(c => c.Audience == CreditAudience.Channel && c.GivenAt >= givenFrom && c.GivenAt < givenBefore);
}

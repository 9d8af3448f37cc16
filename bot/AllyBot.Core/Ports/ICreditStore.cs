using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Ports;

/// <summary>Credits (the one user-authored text AllyBot stores), 12 months, deletable by either party.</summary>
public interface ICreditStore
{
    /// <summary>Stores <paramref name="credit"/> unless one with its id exists. Returns whether this call stored it.</summary>
    Task<bool> AddAsync(Credit credit, CancellationToken cancellationToken = default);

    /// <summary>Credits of <paramref name="channel"/> shared in the channel (<see cref="CreditAudience.Channel"/>) given in [<paramref name="givenFrom"/>, <paramref name="givenBefore"/>), oldest first.</summary>
    Task<IReadOnlyList<Credit>> ListSharedInChannelAsync(ChatAddress channel, DateTimeOffset givenFrom, DateTimeOffset givenBefore, CancellationToken cancellationToken = default);

    /// <summary>The channels with at least one credit shared in the channel given in [<paramref name="givenFrom"/>, <paramref name="givenBefore"/>).</summary>
    Task<IReadOnlyList<ChatAddress>> ListChannelsWithSharedCreditsAsync(DateTimeOffset givenFrom, DateTimeOffset givenBefore, CancellationToken cancellationToken = default);

    /// <summary>How many credits (any audience) each receiver pseudonym got in <paramref name="channel"/> since <paramref name="since"/>. Receivers with none are absent.</summary>
    Task<IReadOnlyDictionary<string, int>> CountReceivedAsync(ChatAddress channel, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Deletes credits given before <paramref name="givenBefore"/>. Returns how many.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset givenBefore, CancellationToken cancellationToken = default);

    /// <summary>Deletes every credit the member gave or received (<c>/ally forget-me</c>).</summary>
    Task EraseAsync(MemberKey member, CancellationToken cancellationToken = default);
}

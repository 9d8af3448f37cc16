using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.Dialogs;

/// <summary>A roster that fails for one channel, to show that one channel's failure does not stop the others.</summary>
internal sealed class FailingRosterProvider(IRosterProvider inner, string failingChannel) : IRosterProvider
{
    public Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default) =>
        channel.ChannelId == failingChannel ? throw new InvalidOperationException($"roster of {failingChannel} unavailable") : inner.GetMembersAsync(channel, cancellationToken);

    public Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default) => inner.FindManagerAsync(where, userId, cancellationToken);
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Host.Dialogs;

/// <summary>Asks the roster of a channel from the edge of its platform (edges register keyed by <see cref="ChatPlatform"/>).</summary>
internal sealed class RosterProviderRouter(IServiceProvider services) : IRosterProvider
{
    public Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default) =>
        For(channel.Platform).GetMembersAsync(channel, cancellationToken);

    public Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default) =>
        For(where.Platform).FindManagerAsync(where, userId, cancellationToken);

    private IRosterProvider For(ChatPlatform platform) =>
        services.GetKeyedService<IRosterProvider>(platform)
        ?? throw new InvalidOperationException($"No {platform} edge is configured, so its channel members are unknown.");
}

using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Host.Admin;

/// <summary>
/// Asks the admin roles of a channel's platform from its edge (edges register keyed by its <c>ChatPlatform</c>);
/// platforms without one (the playground) use <see cref="FacilitatorAdminRoles"/>. Teams registers its own: team owners
/// from Graph, plus the channel's facilitators.
/// </summary>
internal sealed class PlatformAdminRolesRouter(IServiceProvider services) : IPlatformAdminRoles
{
    private readonly FacilitatorAdminRoles _facilitators = new();

    public Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return RolesOf(channel).IsAdminAsync(channel, userId, cancellationToken);
    }

    public bool FacilitatorsAreAdmins(ChannelSettings channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return RolesOf(channel).FacilitatorsAreAdmins(channel);
    }

    private IPlatformAdminRoles RolesOf(ChannelSettings channel) =>
        services.GetKeyedService<IPlatformAdminRoles>(channel.Channel.Platform) ?? _facilitators;
}

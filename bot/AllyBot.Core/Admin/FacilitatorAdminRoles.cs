using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Admin;

/// <summary>
/// Admin roles where the platform has none AllyBot can read (the playground): only the facilitators of the channel
/// where the command is typed, so a new workspace's first step stays <c>/ally facilitator add @me</c>, then
/// <c>/ally admin grant @me</c>. A channel without facilitators makes no one an admin.
/// </summary>
public sealed class FacilitatorAdminRoles : IPlatformAdminRoles
{
    /// <summary>No roles beyond the facilitators, which <see cref="PlatformAdminPolicy"/> reads fresh itself.</summary>
    public Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Task.FromResult<bool?>(false);
    }

    public bool FacilitatorsAreAdmins(ChannelSettings channel) => true;
}

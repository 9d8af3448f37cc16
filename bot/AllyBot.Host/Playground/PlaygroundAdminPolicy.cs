using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Host.Playground;

/// <summary>
/// The playground's admins are its channels' facilitators (it has no platform roles), and that is local settings,
/// read fresh on every check: <see cref="AllyBot.Core.Admin.PlatformAdminPolicy"/> reuses a platform's answer for
/// minutes, so without this a newcomer whose page asked once ("not an admin") would stay locked out for that long
/// after <c>/ally facilitator add @me</c>. Everything else, and every other platform, is <paramref name="inner"/>'s.
/// </summary>
internal sealed class PlaygroundAdminPolicy(IAdminPolicy inner) : IAdminPolicy
{
    public Task<bool> MayChangeChannelAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default) =>
        inner.MayChangeChannelAsync(channel, userId, cancellationToken);

    public Task<bool> MayChangeWorkspaceAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default) =>
        inner.MayChangeWorkspaceAsync(channel, userId, cancellationToken);

    public async Task<bool> MayAdministerAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return (channel.Channel.Platform == ChatPlatform.Playground && channel.IsFacilitator(userId))
            || await inner.MayAdministerAsync(channel, userId, cancellationToken).ConfigureAwait(false);
    }
}

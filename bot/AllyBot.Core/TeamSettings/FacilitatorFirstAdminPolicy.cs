using AllyBot.Core.Ports;

namespace AllyBot.Core.TeamSettings;

/// <summary>
/// The interim permission rule, until workspace admin roles arrive: in the channel where a command is typed, its
/// facilitators may change settings, and while a channel has no facilitator anyone in it may (first come, first
/// served; the usual first step is <c>/ally facilitator add @me</c>). Workspace-wide settings (holidays) follow the
/// same rule in the channel where the command is typed. Replace this class to plug in real admin roles.
/// </summary>
public sealed class FacilitatorFirstAdminPolicy : IAdminPolicy
{
    public Task<bool> MayChangeChannelAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Task.FromResult(channel.FacilitatorIds.Count == 0 || channel.IsFacilitator(userId));
    }

    public Task<bool> MayChangeWorkspaceAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default) =>
        MayChangeChannelAsync(channel, userId, cancellationToken);

    /// <summary>
    /// Until platform roles are read: the facilitators of the channel where <c>/ally admin</c> is typed (so the first
    /// step in a new workspace is <c>/ally facilitator add @me</c>, then <c>/ally admin grant @me</c>). A channel
    /// without facilitators makes no one an admin.
    /// </summary>
    public Task<bool> MayAdministerAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Task.FromResult(channel.IsFacilitator(userId));
    }
}

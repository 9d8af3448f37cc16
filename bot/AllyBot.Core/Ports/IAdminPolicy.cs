using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Who may change settings. The seam for workspace admin roles; until then <see cref="FacilitatorFirstAdminPolicy"/>
/// (facilitators, or anyone while a channel has none).
/// </summary>
public interface IAdminPolicy
{
    /// <summary>Whether <paramref name="userId"/> may change <paramref name="channel"/>'s settings (schedule, digest, facilitators).</summary>
    Task<bool> MayChangeChannelAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="userId"/>, typing in <paramref name="channel"/>, may change workspace-wide settings (holidays).</summary>
    Task<bool> MayChangeWorkspaceAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default);
}

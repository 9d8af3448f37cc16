using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Who may change settings: <see cref="Admin.PlatformAdminPolicy"/> (granted admins and the platform's admin roles,
/// plus <see cref="FacilitatorFirstAdminPolicy"/> for channel settings).
/// </summary>
public interface IAdminPolicy
{
    /// <summary>Whether <paramref name="userId"/> may change <paramref name="channel"/>'s settings (schedule, digest, facilitators).</summary>
    Task<bool> MayChangeChannelAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="userId"/>, typing in <paramref name="channel"/>, may change workspace-wide settings (holidays).</summary>
    Task<bool> MayChangeWorkspaceAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether <paramref name="userId"/>, typing in <paramref name="channel"/>, is an admin of its workspace by the
    /// platform's roles (Slack admins and owners, Teams team owners) and may use <c>/ally admin</c>. Members granted
    /// with <c>/ally admin grant</c> are admins regardless (see <see cref="Admin.AdminAccess"/>).
    /// </summary>
    Task<bool> MayAdministerAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default);
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Admin;

/// <summary>
/// Who may use <c>/ally admin</c>: members granted with <c>/ally admin grant</c>, and whoever the platform's
/// <see cref="IAdminPolicy.MayAdministerAsync"/> says is an admin (workspace admins and owners).
/// </summary>
public sealed class AdminAccess(IWorkspaceAdminStore store, ITeamSettingsStore channels, IAdminPolicy policy)
{
    /// <summary>Whether <paramref name="userId"/>, typing in <paramref name="where"/>, administers its workspace.</summary>
    public async Task<bool> IsAdminAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        var config = await store.GetAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (config.AdminIds.Contains(userId, StringComparer.Ordinal))
        {
            return true;
        }

        var channel = await channels.GetAsync(ChannelSettings.ChannelOnly(where), cancellationToken).ConfigureAwait(false);
        return await policy.MayAdministerAsync(channel, userId, cancellationToken).ConfigureAwait(false);
    }
}

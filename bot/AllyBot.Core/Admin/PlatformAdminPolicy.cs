using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Admin;

/// <summary>
/// Who is an admin, for real: members granted with <c>/ally admin grant</c>, and holders of the platform's admin roles
/// (<see cref="IPlatformAdminRoles"/>), whose answers are reused for <see cref="CacheFor"/>, and, where the platform
/// says so, the channel's facilitators, read fresh every time. Fails closed: when the
/// platform cannot tell (or throws), the member is not an admin, and that answer is not cached. Channel and
/// workspace settings stay open to the channel's facilitators (<see cref="FacilitatorFirstAdminPolicy"/>) and
/// are open to admins too.
/// </summary>
public sealed class PlatformAdminPolicy(IWorkspaceAdminStore granted, IPlatformAdminRoles roles, TimeProvider clock) : IAdminPolicy
{
    /// <summary>How long a platform's answer is reused: 5 minutes.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly FacilitatorFirstAdminPolicy _facilitators = new();
    private readonly ConcurrentDictionary<(ChatAddress Channel, string UserId), (DateTimeOffset Until, bool IsAdmin)> _cache = new();

    public async Task<bool> MayChangeChannelAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default) =>
        await _facilitators.MayChangeChannelAsync(channel, userId, cancellationToken).ConfigureAwait(false)
        || await MayAdministerAsync(channel, userId, cancellationToken).ConfigureAwait(false);

    public async Task<bool> MayChangeWorkspaceAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default) =>
        await _facilitators.MayChangeWorkspaceAsync(channel, userId, cancellationToken).ConfigureAwait(false)
        || await MayAdministerAsync(channel, userId, cancellationToken).ConfigureAwait(false);

    public async Task<bool> MayAdministerAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        var config = await granted.GetAsync(channel.Channel.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (config.AdminIds.Contains(userId, StringComparer.Ordinal)
            || (roles.FacilitatorsAreAdmins(channel) && channel.IsFacilitator(userId)))
        {
            return true;
        }

        var key = (channel.Channel, userId);
        if (_cache.TryGetValue(key, out var cached) && cached.Until > clock.GetUtcNow())
        {
            return cached.IsAdmin;
        }

        bool? answer;
        try
        {
            answer = await roles.IsAdminAsync(channel, userId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            answer = null;
        }

        if (answer is not { } isAdmin)
        {
            return false;
        }

        _cache[key] = (clock.GetUtcNow() + CacheFor, isAdmin);
        return isAdmin;
    }
}

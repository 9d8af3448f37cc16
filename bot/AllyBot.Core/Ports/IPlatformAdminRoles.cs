using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Ports;

/// <summary>
/// The platform's own admin roles: Slack workspace admins and owners, Teams team owners. One implementation per edge,
/// asked by <see cref="Admin.PlatformAdminPolicy"/> (which caches the answers).
/// </summary>
public interface IPlatformAdminRoles
{
    /// <summary>
    /// Whether <paramref name="userId"/> holds an admin role for <paramref name="channel"/>'s workspace or team; null
    /// when the platform could not tell (an error, not installed). Implementations log why, never message text, and
    /// do not throw for platform errors.
    /// </summary>
    Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether, on <paramref name="channel"/>'s platform, the channel's facilitators are admins too (the playground,
    /// Teams). That is local settings: <see cref="Admin.PlatformAdminPolicy"/> reads it fresh on every check and never
    /// caches it, so a facilitator added or removed counts at once. <see cref="IsAdminAsync"/> then answers for the
    /// platform's other roles only.
    /// </summary>
    bool FacilitatorsAreAdmins(ChannelSettings channel) => false;
}

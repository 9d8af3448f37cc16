using AllyBot.Core.Conversations;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Ports;

/// <summary>
/// Who is in a channel, from the platform (Slack <c>conversations.members</c> + <c>users.info</c>; Teams paged
/// members). Implementations should cache for a while: the dialog scheduler asks on every tick.
/// </summary>
public interface IRosterProvider
{
    /// <summary>The channel's human members (no bots, apps, deactivated or external accounts).</summary>
    Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default);

    /// <summary>The platform user id of <paramref name="userId"/>'s manager (Teams/Entra; Slack has none), or null.</summary>
    Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default);
}

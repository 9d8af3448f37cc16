using System.Collections.Concurrent;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Admin;

/// <summary>
/// Teams' admin roles: the channel's facilitators (read fresh by <see cref="Core.Admin.PlatformAdminPolicy"/>, as
/// <see cref="FacilitatorsAreAdmins"/> says), and team owners read from Microsoft Graph
/// (<see cref="TeamOwnersClient"/>). In a team channel the owners of that team count; in a chat, the owners of any team
/// of the tenant AllyBot has seen. Each team's owners are reused for <see cref="CacheFor"/>. Fails closed: when the
/// member's Entra id or the team is unknown, or Graph cannot answer, the answer is null (not an admin, not cached by
/// <see cref="Core.Admin.PlatformAdminPolicy"/>) and the reason is logged without any text.
/// </summary>
internal sealed class TeamsAdminRoles(TeamsDirectory directory, TeamOwnersClient graph, TimeProvider clock, ILogger<TeamsAdminRoles> logger) : IPlatformAdminRoles
{
    /// <summary>How long a team's owner list is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, IReadOnlySet<string> Owners)> _owners = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var tenant = channel.Channel.WorkspaceId;
        if (directory.AadObjectIdOf(tenant, userId) is not { } aadObjectId)
        {
            TeamsLog.OwnersUnknown(logger, tenant, "member_not_seen");
            return null;
        }

        IReadOnlyList<string> teams = directory.TeamOf(tenant, channel.Channel.ChannelId) is { } team ? [team] : directory.TeamsOf(tenant);
        if (teams.Count == 0)
        {
            TeamsLog.OwnersUnknown(logger, tenant, "no_team_seen");
            return null;
        }

        var answered = false;
        foreach (var groupId in teams)
        {
            if (await OwnersAsync(tenant, groupId, cancellationToken).ConfigureAwait(false) is not { } owners)
            {
                continue;
            }

            answered = true;
            if (owners.Contains(aadObjectId))
            {
                return true;
            }
        }

        return answered ? false : null;
    }

    public bool FacilitatorsAreAdmins(ChannelSettings channel) => true;

    private async Task<IReadOnlySet<string>?> OwnersAsync(string tenant, string groupId, CancellationToken cancellationToken)
    {
        if (_owners.TryGetValue(groupId, out var cached) && cached.Until > clock.GetUtcNow())
        {
            return cached.Owners;
        }

        try
        {
            var owners = await graph.OwnerIdsAsync(tenant, groupId, cancellationToken).ConfigureAwait(false);
            _owners[groupId] = (clock.GetUtcNow() + CacheFor, owners);
            return owners;
        }
        catch (GraphException e)
        {
            TeamsLog.OwnersGraphError(logger, tenant, e.Status, e.Code);
        }
        catch (HttpRequestException e)
        {
            TeamsLog.OwnersGraphError(logger, tenant, (int?)e.StatusCode ?? 0, "connection_failed");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            TeamsLog.OwnersUnknown(logger, tenant, "timeout");
        }
        catch (Tokens.TokenAcquisitionException)
        {
            TeamsLog.OwnersUnknown(logger, tenant, "no_graph_token");
        }

        return null;
    }
}

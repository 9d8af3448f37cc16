using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Roster;

/// <summary>
/// The members of a team channel or chat, from the Connector's paged members API on the tenant's stored serviceUrl
/// (for a channel that is the team's roster). Bots, anonymous users and members of other tenants are left out. Cached
/// per conversation for <see cref="CacheFor"/>: the dialog scheduler asks on every tick. Managers need Graph, so
/// <see cref="FindManagerAsync"/> answers null.
/// </summary>
internal sealed class TeamsRosterProvider(
    ConnectorClient connector,
    ConversationReferenceStore references,
    TimeProvider clock,
    ILogger<TeamsRosterProvider> logger) : IRosterProvider
{
    /// <summary>How long a conversation's member list is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    public const int PageSize = 500;

    private const int MaxPages = 200;

    private readonly ConcurrentDictionary<(string Tenant, string Conversation), (DateTimeOffset At, IReadOnlyList<TeamsMember> Members)> _cache = new();

    public async Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default)
    {
        var members = await MembersAsync(channel, cancellationToken).ConfigureAwait(false);
        return [.. members.Select(m => new RosterMember(m.Id))];
    }

    public Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(null);

    /// <summary>The members of <paramref name="channel"/>'s conversation with their names (cached).</summary>
    public async Task<IReadOnlyList<TeamsMember>> MembersAsync(ChatAddress channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var key = (channel.WorkspaceId, channel.ChannelId);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && now - cached.At < CacheFor)
        {
            return cached.Members;
        }

        var reference = await references.GetAsync(channel.WorkspaceId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            TeamsLog.NoReference(logger, channel.WorkspaceId);
            return [];
        }

        var members = await FetchAsync(reference.ServiceUrl, channel, cancellationToken).ConfigureAwait(false);
        _cache[key] = (now, members);
        return members;
    }

    /// <summary>Display names by user id, for rendering mentions; empty when the roster cannot be read.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(ChatAddress where, CancellationToken cancellationToken = default)
    {
        try
        {
            var members = await MembersAsync(where, cancellationToken).ConfigureAwait(false);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in members.Where(m => m.Name.Length > 0))
            {
                names.TryAdd(member.Id, member.Name);
            }

            return names;
        }
        catch (ConnectorException e)
        {
            TeamsLog.RosterUnavailable(logger, where.WorkspaceId, (int)e.Status, e.Code ?? "");
            return new Dictionary<string, string>();
        }
        catch (ServiceUrlNotAllowedException)
        {
            return new Dictionary<string, string>();
        }
    }

    private async Task<IReadOnlyList<TeamsMember>> FetchAsync(string serviceUrl, ChatAddress channel, CancellationToken cancellationToken)
    {
        var members = new List<TeamsMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(serviceUrl, channel.ChannelId, PageSize, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var account in result.Members ?? [])
            {
                if (IsHuman(account, channel.WorkspaceId) && seen.Add(account.Id!))
                {
                    members.Add(new TeamsMember(account.Id!, account.Name?.Trim() ?? ""));
                }
            }

            if (result.ContinuationToken is not { Length: > 0 } next || next == continuation)
            {
                break;
            }

            continuation = next;
        }

        return members;
    }

    private static bool IsHuman(ChannelAccount account, string tenantId) =>
        account.Id is { Length: > 0 } id
        && !id.StartsWith("28:", StringComparison.Ordinal)
        && !string.Equals(account.Role, "bot", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(account.UserRole, "anonymous", StringComparison.OrdinalIgnoreCase)
        && (string.IsNullOrEmpty(account.TenantId) || string.Equals(account.TenantId, tenantId, StringComparison.OrdinalIgnoreCase));
}

using System.Collections.Concurrent;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Admin;

/// <summary>
/// What Graph needs and the Connector ids do not say, remembered from the activities this process saw: a channel's
/// team (<c>channelData.team.aadGroupId</c>), the teams of a tenant, and a member's Entra object id
/// (<c>from.aadObjectId</c>). Ids only, never text; in memory and bounded (each map starts over when full).
/// </summary>
internal sealed class TeamsDirectory
{
    public const int MaxEntries = 50_000;

    public const int MaxTeamsPerTenant = 50;

    private readonly ConcurrentDictionary<(string Tenant, string Channel), string> _teamOfChannel = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _teamsOfTenant = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string User), string> _aadOfUser = new();

    /// <summary>Remembers the ids <paramref name="activity"/> carries.</summary>
    public void Remember(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ActivityTranslator.TenantOf(activity) is not { } tenant)
        {
            return;
        }

        if (activity.From?.Id is { Length: > 0 } userId && Guid.TryParse(activity.From.AadObjectId, out var aad))
        {
            Put(_aadOfUser, (tenant, userId), aad.ToString());
        }

        if (Guid.TryParse(activity.ChannelData?.Team?.AadGroupId, out var group))
        {
            var groupId = group.ToString();
            if (activity.Conversation?.Id is { Length: > 0 } conversationId)
            {
                Put(_teamOfChannel, (tenant, ConversationIds.Split(conversationId).Channel), groupId);
            }

            var teams = _teamsOfTenant.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase));
            if (teams.Count < MaxTeamsPerTenant && _teamsOfTenant.Count < MaxEntries)
            {
                teams.TryAdd(groupId, 0);
            }
        }
    }

    /// <summary>The Entra object id of <paramref name="userId"/> (a <c>29:</c> id), or null when not seen.</summary>
    public string? AadObjectIdOf(string tenantId, string userId) => _aadOfUser.TryGetValue((tenantId, userId), out var id) ? id : null;

    /// <summary>The aadGroupId of the team that owns <paramref name="channelId"/>, or null (a chat, or not seen).</summary>
    public string? TeamOf(string tenantId, string channelId) => _teamOfChannel.TryGetValue((tenantId, channelId), out var id) ? id : null;

    /// <summary>The teams of <paramref name="tenantId"/> AllyBot has seen.</summary>
    public IReadOnlyList<string> TeamsOf(string tenantId) => _teamsOfTenant.TryGetValue(tenantId, out var teams) ? [.. teams.Keys] : [];

    private static void Put<TKey>(ConcurrentDictionary<TKey, string> map, TKey key, string value)
        where TKey : notnull
    {
        if (map.Count >= MaxEntries && !map.ContainsKey(key))
        {
            map.Clear();
        }

        map[key] = value;
    }
}

using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Slack's <see cref="IRosterProvider"/>: <c>conversations.members</c> (paged) and <c>users.info</c> per member,
/// keeping people only (no bots, apps, Slackbot, deactivated or other-workspace accounts), with their <c>tz</c>.
/// Each channel's roster is cached for <see cref="CacheFor"/>. Slack has no manager field (without extra scopes), so
/// <see cref="FindManagerAsync"/> answers null.
/// </summary>
internal sealed class SlackRosterProvider(SlackWebApiClient api, SlackTokenSource tokens, TimeProvider clock, ILogger<SlackRosterProvider> logger) : IRosterProvider
{
    /// <summary>How long a channel's roster is reused: 10 minutes.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    private const string Slackbot = "USLACKBOT";

    private readonly ConcurrentDictionary<(string WorkspaceId, string ChannelId), (DateTimeOffset Until, IReadOnlyList<RosterMember> Members)> _cache = new();

    public async Task<IReadOnlyList<RosterMember>> GetMembersAsync(ChatAddress channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var key = (channel.WorkspaceId, channel.ChannelId);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.Until > now)
        {
            return cached.Members;
        }

        if (await tokens.GetBotTokenAsync(channel.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.NotInstalled(channel.WorkspaceId);
            return [];
        }

        var ids = await api.ConversationMembersAsync(token, channel.WorkspaceId, channel.ChannelId, cancellationToken).ConfigureAwait(false);
        var members = new List<RosterMember>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Where(id => id != Slackbot))
        {
            var user = await api.UserInfoAsync(token, channel.WorkspaceId, id, cancellationToken).ConfigureAwait(false);
            var external = !string.IsNullOrEmpty(user.TeamId) && user.TeamId != channel.WorkspaceId;
            if (!user.IsBot && !user.IsAppUser && !user.Deleted && !external)
            {
                members.Add(new RosterMember(id, string.IsNullOrEmpty(user.Tz) ? null : user.Tz));
            }
        }

        logger.RosterLoaded(channel.WorkspaceId, channel.ChannelId, ids.Count, members.Count);
        _cache[key] = (clock.GetUtcNow() + CacheFor, members);
        return members;
    }

    public Task<string?> FindManagerAsync(ChatAddress where, string userId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}

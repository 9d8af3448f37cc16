using System.Collections.Concurrent;
using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Slack's <see cref="IMessageLinkResolver"/>: parses a permalink (<see cref="SlackMessageLink"/>), checks that its
/// workspace is the one asked about (its domain, from <c>auth.test</c>, when known), then finds the message and its
/// author with <c>conversations.history</c> (latest = oldest = ts, inclusive, limit 1), or <c>conversations.replies</c>
/// for a reply in a thread.
/// </summary>
internal sealed class SlackMessageLinkResolver(SlackWebApiClient api, SlackTokenSource tokens, ILogger<SlackMessageLinkResolver> logger) : IMessageLinkResolver
{
    private static readonly HashSet<string> NotFoundErrors = new(StringComparer.Ordinal) { "message_not_found", "thread_not_found", "invalid_ts_latest", "invalid_ts_oldest" };

    private readonly ConcurrentDictionary<string, string> _domains = new(StringComparer.Ordinal);

    public async Task<MessageLinkResolution> ResolveAsync(ChatAddress where, string link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        if (SlackMessageLink.TryParse(link) is not { } parsed)
        {
            return MessageLinkResolution.Failed(MessageLinkFailure.NotAMessageLink);
        }

        if (await tokens.GetBotTokenAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            return Failed(where, MessageLinkFailure.NoAccess, "not_installed");
        }

        if (await DomainAsync(token, where.WorkspaceId, cancellationToken).ConfigureAwait(false) is { } domain && domain != parsed.Domain)
        {
            return Failed(where, MessageLinkFailure.OtherWorkspace, "other_domain");
        }

        try
        {
            var message = await api.HistoryMessageAsync(token, where.WorkspaceId, parsed.ChannelId, parsed.Ts, cancellationToken).ConfigureAwait(false)
                ?? await api.ThreadMessageAsync(token, where.WorkspaceId, parsed.ChannelId, parsed.ThreadTs ?? parsed.Ts, parsed.Ts, cancellationToken).ConfigureAwait(false);
            if (message is null || string.IsNullOrEmpty(message.User) || message.Subtype is "tombstone" or "message_deleted")
            {
                return Failed(where, MessageLinkFailure.MessageNotFound, "no_message");
            }

            var threadTs = message.ThreadTs ?? parsed.ThreadTs ?? parsed.Ts;
            var channel = new ChatAddress(ChatPlatform.Slack, where.WorkspaceId, parsed.ChannelId, threadTs);
            return MessageLinkResolution.Found(new LinkedMessage(channel, parsed.Ts, new ChatUser(message.User, !string.IsNullOrEmpty(message.BotId)), link));
        }
        catch (SlackApiException e) when (e.Error != "ratelimited")
        {
            return Failed(where, NotFoundErrors.Contains(e.Error) ? MessageLinkFailure.MessageNotFound : MessageLinkFailure.NoAccess, e.Error);
        }
    }

    private MessageLinkResolution Failed(ChatAddress where, MessageLinkFailure failure, string error)
    {
        logger.LinkNotResolved(where.WorkspaceId, failure, error);
        return MessageLinkResolution.Failed(failure);
    }

    /// <summary>The workspace's subdomain from <c>auth.test</c> (cached), or null when unknown.</summary>
    private async Task<string?> DomainAsync(string token, string workspaceId, CancellationToken cancellationToken = default)
    {
        if (_domains.TryGetValue(workspaceId, out var known))
        {
            return known;
        }

        try
        {
            var answer = await api.AuthTestAsync(token, cancellationToken).ConfigureAwait(false);
            if (answer.TeamId != workspaceId || !Uri.TryCreate(answer.Url, UriKind.Absolute, out var url) || !url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return _domains[workspaceId] = url.Host.Split('.')[0].ToLowerInvariant();
        }
        catch (SlackApiException e) when (e.Error != "ratelimited")
        {
            logger.LinkNotResolved(workspaceId, null, "domain unknown: " + e.Error);
            return null;
        }
    }
}

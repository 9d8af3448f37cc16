using AllyBot.Core.Conversations;
using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams.Links;

/// <summary>
/// Resolves Teams "Copy link" links,
/// <c>https://teams.microsoft.com/l/message/&lt;conversation id&gt;/&lt;message id&gt;?tenantId=…&amp;groupId=…&amp;parentMessageId=…</c>.
/// The tenant must be the caller's. Without Graph the author cannot be fetched, so the message must be one the bot
/// saw in the last day (<see cref="RecentMessageAuthors"/>); anything else is <see cref="MessageLinkFailure.MessageNotFound"/>.
/// </summary>
internal sealed class TeamsMessageLinkResolver(RecentMessageAuthors authors, ILogger<TeamsMessageLinkResolver> logger) : IMessageLinkResolver
{
    private static readonly string[] Hosts = ["teams.microsoft.com", "teams.cloud.microsoft"];

    public Task<MessageLinkResolution> ResolveAsync(ChatAddress where, string link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(where);
        if (!TeamsMessageLink.TryParse(link, out var parsed))
        {
            return Failed(MessageLinkFailure.NotAMessageLink, "not a Teams message link");
        }

        var tenant = parsed.TenantId ?? where.WorkspaceId;
        if (where.Platform != ChatPlatform.Teams || !string.Equals(tenant, where.WorkspaceId, StringComparison.OrdinalIgnoreCase))
        {
            return Failed(MessageLinkFailure.OtherWorkspace, "the link is for another tenant");
        }

        if (authors.Find(where.WorkspaceId, parsed.ConversationId, parsed.MessageId) is not { } seen)
        {
            return Failed(MessageLinkFailure.MessageNotFound, "the bot has not seen that message in the last 24 hours and cannot read it without Graph");
        }

        var thread = parsed.ParentMessageId ?? seen.Where.ThreadId ?? parsed.MessageId;
        var channel = new ChatAddress(ChatPlatform.Teams, where.WorkspaceId, parsed.ConversationId, thread);
        return Task.FromResult(MessageLinkResolution.Found(new LinkedMessage(channel, parsed.MessageId, seen.Author, link)));
    }

    internal static bool IsTeamsHost(string host) => Hosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    private Task<MessageLinkResolution> Failed(MessageLinkFailure failure, string reason)
    {
        TeamsLog.LinkNotResolved(logger, reason);
        return Task.FromResult(MessageLinkResolution.Failed(failure));
    }
}

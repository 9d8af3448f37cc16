using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Delivers Core's replies on Slack. A <see cref="Nudge"/> is a <c>chat.postEphemeral</c> to its author in the thread
/// of their message. A <see cref="PrivateReply"/> (command answers, button confirmations) goes, in order, to the
/// <c>response_url</c> of the member's latest command or button press there (ephemeral), else
/// <c>chat.postEphemeral</c>, else a DM (<c>conversations.open</c> + <c>chat.postMessage</c>) when AllyBot cannot post
/// in that channel.
/// </summary>
internal sealed class SlackChatSender(SlackWebApiClient api, SlackTokenSource tokens, SlackResponseUrls responseUrls, ILogger<SlackChatSender> logger) : IPlatformChatSender
{
    private static readonly HashSet<string> CannotPostHere = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "user_not_in_channel", "is_archived", "restricted_action", "cannot_dm_bot", "messages_tab_disabled",
    };

    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var where = nudge.Where;
        if (await tokens.GetBotTokenAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.NotInstalled(where.WorkspaceId);
            return;
        }

        try
        {
            await api.PostEphemeralAsync(token, where.WorkspaceId, where.ChannelId, nudge.RecipientId, SlackNudgeRenderer.FallbackText,
                SlackNudgeRenderer.Render(nudge), where.ThreadId ?? nudge.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (CannotPostHere.Contains(e.Error))
        {
            // Ephemeral delivery is best effort by design (the author must be in the channel); not worth a retry.
            logger.NudgeUndeliverable(where.WorkspaceId, where.ChannelId, e.Error);
        }
    }

    public async Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var where = reply.Where;
        if (responseUrls.Take(where, reply.RecipientId) is { } responseUrl)
        {
            try
            {
                var body = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = reply.Text };
                await api.PostToResponseUrlAsync(responseUrl, body, cancellationToken).ConfigureAwait(false);
                logger.ReplySent(where.WorkspaceId, where.ChannelId, "response_url");
                return;
            }
            catch (SlackApiException e)
            {
                logger.ReplyRouteFailed(where.WorkspaceId, where.ChannelId, "response_url", e.Error);
            }
        }

        if (await tokens.GetBotTokenAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.NotInstalled(where.WorkspaceId);
            return;
        }

        try
        {
            await api.PostEphemeralAsync(token, where.WorkspaceId, where.ChannelId, reply.RecipientId, reply.Text, threadTs: where.ThreadId, cancellationToken: cancellationToken).ConfigureAwait(false);
            logger.ReplySent(where.WorkspaceId, where.ChannelId, "chat.postEphemeral");
            return;
        }
        catch (SlackApiException e) when (CannotPostHere.Contains(e.Error))
        {
            logger.ReplyRouteFailed(where.WorkspaceId, where.ChannelId, "chat.postEphemeral", e.Error);
        }

        var dm = await api.OpenConversationAsync(token, where.WorkspaceId, reply.RecipientId, cancellationToken).ConfigureAwait(false);
        await api.PostMessageAsync(token, where.WorkspaceId, dm, reply.Text, cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.ReplySent(where.WorkspaceId, where.ChannelId, "dm");
    }
}

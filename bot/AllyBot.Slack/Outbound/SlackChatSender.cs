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

    public async Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var where = nudge.Where;
        if (await tokens.GetBotTokenAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.NotInstalled(where.WorkspaceId);
            return null;
        }

        try
        {
            var ts = await api.PostEphemeralAsync(token, where.WorkspaceId, where.ChannelId, nudge.RecipientId, SlackNudgeRenderer.FallbackText,
                SlackNudgeRenderer.Render(nudge), where.ThreadId ?? nudge.MessageId, cancellationToken).ConfigureAwait(false);
            return ts is { Length: > 0 } ? new NudgeReceipt(where.ChannelId, ts) : null;
        }
        catch (SlackApiException e) when (CannotPostHere.Contains(e.Error))
        {
            // Ephemeral delivery is best effort by design (the author must be in the channel); not worth a retry.
            logger.NudgeUndeliverable(where.WorkspaceId, where.ChannelId, e.Error);
            return null;
        }
    }

    /// <summary>
    /// An ephemeral message cannot be edited (<c>chat.update</c> refuses it) or replaced without a <c>response_url</c>,
    /// so an update posts only the rules the sent nudge did not name yet, as a new ephemeral nudge; rules that went
    /// away need nothing (Slack drops ephemeral messages on reload anyway).
    /// </summary>
    public async Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(nudge);
        var added = nudge.Items.Where(i => !sent.RuleIds.Contains(i.RuleId, StringComparer.Ordinal)).ToList();
        if (added.Count == 0)
        {
            logger.NudgeNotRevisable(nudge.Where.WorkspaceId, "update");
            return sent.Receipt;
        }

        return await SendNudgeAsync(nudge with { Items = added }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Nothing to send: the Web API cannot delete an ephemeral message, and the design asks for no "all clear" note
    /// (policy.md: short, optional, never more messages than needed). The ephemeral nudge disappears on reload.
    /// </summary>
    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        logger.NudgeNotRevisable(sent.Where.WorkspaceId, "withdraw");
        return Task.CompletedTask;
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

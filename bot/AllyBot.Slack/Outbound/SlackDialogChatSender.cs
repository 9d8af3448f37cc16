using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Slack's <see cref="IPlatformDialogChatSender"/>: a <see cref="DialogPrompt"/> is a DM (<c>conversations.open</c> +
/// <c>chat.postMessage</c> with <see cref="SlackDialogRenderer"/> blocks; picker names from <c>users.info</c>), a
/// <see cref="ChannelPost"/> a <c>chat.postMessage</c> in the channel or thread. Nudges and private replies go to
/// <see cref="SlackChatSender"/>.
/// </summary>
internal sealed class SlackDialogChatSender(SlackChatSender replies, SlackWebApiClient api, SlackTokenSource tokens, ILogger<SlackDialogChatSender> logger) : IPlatformDialogChatSender
{
    /// <summary>Errors that mean the DM or post cannot be delivered at all (retrying will not help).</summary>
    private static readonly HashSet<string> Undeliverable = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "is_archived", "restricted_action", "cannot_dm_bot", "messages_tab_disabled",
        "user_not_found", "user_disabled", "user_not_visible",
    };

    public ChatPlatform Platform => ChatPlatform.Slack;

    public Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default) => replies.SendNudgeAsync(nudge, cancellationToken);

    public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default) => replies.UpdateNudgeAsync(sent, nudge, cancellationToken);

    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default) => replies.WithdrawNudgeAsync(sent, cancellationToken);

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default) => replies.SendPrivateReplyAsync(reply, cancellationToken);

    public async Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var workspaceId = prompt.Where.WorkspaceId;
        if (await tokens.GetBotTokenAsync(workspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.NotInstalled(workspaceId);
            return;
        }

        var names = prompt.Input is MemberPickerInput picker
            ? await NamesAsync(token, workspaceId, picker.CandidateUserIds, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, string>();
        try
        {
            var dm = await api.OpenConversationAsync(token, workspaceId, prompt.RecipientId, cancellationToken).ConfigureAwait(false);
            await api.PostMessageAsync(token, workspaceId, dm, SlackMrkdwn.EscapeKeepingMentions(prompt.Text), SlackDialogRenderer.Render(prompt, names), cancellationToken: cancellationToken).ConfigureAwait(false);
            logger.DialogSent(workspaceId, prompt.Choices.Count);
        }
        catch (SlackApiException e) when (Undeliverable.Contains(e.Error))
        {
            logger.DialogUndeliverable(workspaceId, e.Error);
        }
    }

    public async Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        var where = post.Where;
        if (await tokens.GetBotTokenAsync(where.WorkspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.NotInstalled(where.WorkspaceId);
            return;
        }

        try
        {
            await api.PostMessageAsync(token, where.WorkspaceId, where.ChannelId, SlackMrkdwn.EscapeKeepingMentions(post.Text), threadTs: where.ThreadId, cancellationToken: cancellationToken).ConfigureAwait(false);
            logger.ChannelPostSent(where.WorkspaceId, where.ChannelId);
        }
        catch (SlackApiException e) when (Undeliverable.Contains(e.Error))
        {
            logger.ChannelPostUndeliverable(where.WorkspaceId, where.ChannelId, e.Error);
        }
    }

    private async Task<Dictionary<string, string>> NamesAsync(string token, string workspaceId, IReadOnlyList<string> userIds, CancellationToken cancellationToken = default)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in userIds.Distinct(StringComparer.Ordinal).Take(SlackDialogRenderer.MaxOptions))
        {
            try
            {
                names[id] = (await api.UserInfoAsync(token, workspaceId, id, cancellationToken).ConfigureAwait(false)).ShownName;
            }
            catch (SlackApiException e) when (e.Error != "ratelimited")
            {
                // The picker then shows the id; better than no prompt.
                logger.NameUnavailable(workspaceId, e.Error);
            }
        }

        return names;
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Replies;
using AllyBot.Core.SettingsViews;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Home;

/// <summary>
/// The inbox worker's side of App Home (the edge persisted the event and acked; this runs in the background): a tab
/// opened builds the member's <see cref="SettingsView"/>, a settings button runs through
/// <see cref="SettingsActions.ApplyAsync"/> (admin re-checked on every press) and a notice rebuilds the view with it;
/// each is rendered by <see cref="SlackHomeView"/> and published with <c>views.publish</c>. A notice addressed to a
/// channel (the rule modal opened by <c>/ally admin rule add</c> there) is also sent there privately. Permanent Slack
/// errors are logged and dropped; transient ones throw, so the inbox retries.
/// </summary>
internal sealed class SlackHomeInbox(
    SettingsViewBuilder views,
    SettingsActions actions,
    SlackWebApiClient api,
    SlackTokenSource tokens,
    SlackChatSender sender,
    ILogger<SlackHomeInbox> logger) : IEdgeButtonHandler
{
    public async Task<bool> TryHandleAsync(ChatButton button, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (button.Where.Platform != ChatPlatform.Slack || !SlackHomeActions.IsInboxAction(button.ActionId))
        {
            return false;
        }

        var teamId = button.Where.WorkspaceId;
        var userId = button.User.Id;
        var home = SlackHomeAddress.For(teamId);
        var view = button.ActionId switch
        {
            SlackHomeActions.Setting => await actions.ApplyAsync(home, userId, button.Value, cancellationToken).ConfigureAwait(false),
            SlackHomeActions.Notice => await views.BuildAsync(home, userId, button.Value, cancellationToken).ConfigureAwait(false),
            _ => await views.BuildAsync(home, userId, cancellationToken: cancellationToken).ConfigureAwait(false),
        };

        if (button.ActionId == SlackHomeActions.Notice && !SlackHomeAddress.Is(button.Where))
        {
            await sender.SendPrivateReplyAsync(new PrivateReply(button.Where, userId, button.Value), cancellationToken).ConfigureAwait(false);
        }

        if (await tokens.GetBotTokenAsync(teamId, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            logger.HomeFailed(teamId, "not_installed");
            return true;
        }

        try
        {
            await api.PublishViewAsync(token, teamId, userId, SlackHomeView.Render(view), cancellationToken).ConfigureAwait(false);
            logger.HomePublished(teamId, button.ActionId, view.Admin is not null);
        }
        catch (SlackApiException e) when (e.IsPermanent || e.StatusCode is null)
        {
            // ok:false answers (invalid view, not_authed...) do not get better by retrying; 429 and 5xx do.
            logger.HomeFailed(teamId, e.ErrorCode);
        }

        return true;
    }
}

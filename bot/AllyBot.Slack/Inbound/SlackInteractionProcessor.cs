using AllyBot.Core.Ports;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Translation;
using AllyBot.Slack.WebApi;
using AllyBot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Inbound;

/// <summary>
/// Handles one interactivity payload: nudge buttons become <see cref="Core.Conversations.ChatButton"/>s in the inbox
/// (their confirmation later goes to the payload's <c>response_url</c>), a valid "Check a draft" submission becomes a
/// command, an invalid one is answered with field errors, and the "Check a draft" shortcut opens its modal at once
/// (a trigger id lives 3 seconds).
/// </summary>
internal sealed class SlackInteractionProcessor(
    IInboxWriter inbox,
    SlackResponseUrls responseUrls,
    SlackWebApiClient api,
    SlackTokenSource tokens,
    ILogger<SlackInteractionProcessor> logger)
{
    public async Task<SlackAck> ProcessAsync(SlackInteractionPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var decision = SlackInteractionTranslator.Translate(payload);
        foreach (var (dedupeKey, button) in decision.Buttons)
        {
            responseUrls.Remember(button.Where, button.User.Id, payload.ResponseUrl);
            var accepted = await inbox.AcceptAsync(dedupeKey, button, cancellationToken).ConfigureAwait(false);
            logger.Accepted(dedupeKey, accepted);
        }

        if (decision.Command is { } submitted)
        {
            var accepted = await inbox.AcceptAsync(submitted.DedupeKey, submitted.Command, cancellationToken).ConfigureAwait(false);
            logger.Accepted(submitted.DedupeKey, accepted);
        }

        if (decision.OpenCheckModal && payload.Team?.Id is { } teamId && payload.TriggerId is { } triggerId)
        {
            await OpenCheckModalAsync(teamId, triggerId, payload.Channel?.Id, cancellationToken).ConfigureAwait(false);
        }

        return new SlackAck(decision.AckBody);
    }

    private async Task OpenCheckModalAsync(string teamId, string triggerId, string? channelId, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await tokens.GetBotTokenAsync(teamId, cancellationToken).ConfigureAwait(false) is { } token)
            {
                await api.OpenViewAsync(token, teamId, triggerId, SlackCheckModal.Build(channelId), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SlackApiException e)
        {
            logger.ModalFailed(teamId, e.Error);
        }
    }
}

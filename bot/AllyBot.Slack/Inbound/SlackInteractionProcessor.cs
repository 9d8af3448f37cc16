using AllyBot.Core.Ports;
using AllyBot.Slack.Home;
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
/// (a trigger id lives 3 seconds). App Home settings buttons go to the inbox like nudge buttons (their view is
/// re-published in the background); "Add a custom rule" opens the rule modal at once for admins and, for anyone else,
/// queues the "admins only" notice; a submitted rule modal is answered in the ack (<see cref="SlackRuleModalFlow"/>).
/// </summary>
internal sealed class SlackInteractionProcessor(
    IInboxWriter inbox,
    SlackResponseUrls responseUrls,
    SlackWebApiClient api,
    SlackTokenSource tokens,
    SlackRuleModalFlow ruleModal,
    ILogger<SlackInteractionProcessor> logger)
{
    public async Task<SlackAck> ProcessAsync(SlackInteractionPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var decision = SlackInteractionTranslator.Translate(payload);
        if (decision.SubmitRule)
        {
            return await ruleModal.SubmitAsync(payload, cancellationToken).ConfigureAwait(false);
        }

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

        if (decision.OpenRuleModal && payload.Team?.Id is { } homeTeamId && payload.User?.Id is { } userId && payload.TriggerId is { } ruleTriggerId)
        {
            await OpenRuleModalAsync(homeTeamId, userId, ruleTriggerId, payload, cancellationToken).ConfigureAwait(false);
        }

        return new SlackAck(decision.AckBody);
    }

    private async Task OpenRuleModalAsync(string teamId, string userId, string triggerId, SlackInteractionPayload payload, CancellationToken cancellationToken = default)
    {
        var opening = await ruleModal.OpenAsync(SlackHomeAddress.For(teamId), userId, triggerId, cancellationToken).ConfigureAwait(false);
        if (opening != SlackRuleModalOpening.Opened)
        {
            var press = payload.Actions?.FirstOrDefault(a => a.ActionId == SlackHomeActions.AddRule)?.ActionTs ?? triggerId;
            var notice = opening == SlackRuleModalOpening.NotAdmin ? SlackRuleModalFlow.AdminsOnly : SlackRuleModalFlow.CouldNotOpen;
            await ruleModal.NoticeAsync(SlackDedupeKeys.Button(teamId, payload.View?.Id ?? "home", SlackHomeActions.AddRule, press), teamId, userId, notice, cancellationToken).ConfigureAwait(false);
        }
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

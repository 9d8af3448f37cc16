using AllyBot.Core.Ports;
using AllyBot.Slack.Home;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Translation;
using AllyBot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Inbound;

/// <summary>
/// Handles one <c>/ally</c> invocation: persists it as a <see cref="Core.Conversations.ChatCommand"/> and acks empty.
/// Core's router answers every verb (help included) through <see cref="SlackChatSender"/>, which uses the
/// command's <c>response_url</c> remembered here, so there is one grammar and one answer path. The one exception:
/// <c>/ally admin rule add</c> with nothing after it opens the rule modal for an admin, at once (the trigger id lives
/// 3 seconds); for anyone else, or when the modal cannot open in time, it goes the usual way (non-admins get "admins
/// only", admins the YAML template).
/// </summary>
internal sealed class SlackCommandProcessor(IInboxWriter inbox, SlackResponseUrls responseUrls, SlackRuleModalFlow ruleModal, ILogger<SlackCommandProcessor> logger)
{
    /// <summary>The ack, or null when the command lacks required fields (HTTP 400).</summary>
    public async Task<SlackAck?> ProcessAsync(SlackSlashCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (SlackCommandTranslator.Translate(command) is not { } translated)
        {
            logger.CommandIncomplete();
            return null;
        }

        var (dedupeKey, chat) = translated;
        responseUrls.Remember(chat.Where, chat.Caller.Id, command.ResponseUrl);
        if (SlackRuleModalFlow.IsBareRuleAdd(chat.Text)
            && await ruleModal.OpenAsync(chat.Where, chat.Caller.Id, command.TriggerId!, cancellationToken).ConfigureAwait(false) == SlackRuleModalOpening.Opened)
        {
            return SlackAck.Empty;
        }

        var accepted = await inbox.AcceptAsync(dedupeKey, chat, cancellationToken).ConfigureAwait(false);
        logger.Accepted(dedupeKey, accepted);
        return SlackAck.Empty;
    }
}

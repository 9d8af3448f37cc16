using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.Translation;
using AllyBot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Inbound;

/// <summary>
/// Handles one Events API delivery (from HTTP or Socket Mode): answers url_verification, persists translated
/// messages, edits and deletes in the inbox (a retry or an app_mention twin finds its key taken and is acked all the same), and deletes
/// the installation on uninstall.
/// </summary>
internal sealed class SlackEventProcessor(IInboxWriter inbox, IInstallationStore installations, ILogger<SlackEventProcessor> logger)
{
    public async Task<SlackAck> ProcessAsync(SlackEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Type == "url_verification")
        {
            return new SlackAck(new JsonObject { ["challenge"] = envelope.Challenge ?? "" });
        }

        SlackEventDecision decision;
        try
        {
            decision = SlackEventTranslator.Translate(envelope);
        }
        catch (JsonException)
        {
            logger.EventMalformed(envelope.EventId);
            return SlackAck.Empty;
        }

        switch (decision.Action)
        {
            case SlackEventAction.AcceptMessage:
                var accepted = await inbox.AcceptAsync(decision.DedupeKey!, decision.Message!, cancellationToken).ConfigureAwait(false);
                logger.Accepted(decision.DedupeKey!, accepted);
                break;
            case SlackEventAction.AcceptCommand:
                var acceptedCommand = await inbox.AcceptAsync(decision.DedupeKey!, decision.Command!, cancellationToken).ConfigureAwait(false);
                logger.Accepted(decision.DedupeKey!, acceptedCommand);
                break;
            case SlackEventAction.AcceptEdit:
                var acceptedEdit = await inbox.AcceptAsync(decision.DedupeKey!, decision.Edit!, cancellationToken).ConfigureAwait(false);
                logger.Accepted(decision.DedupeKey!, acceptedEdit);
                break;
            case SlackEventAction.AcceptDeletion:
                var acceptedDeletion = await inbox.AcceptAsync(decision.DedupeKey!, decision.Deletion!, cancellationToken).ConfigureAwait(false);
                logger.Accepted(decision.DedupeKey!, acceptedDeletion);
                break;
            case SlackEventAction.AcceptButton:
                var acceptedButton = await inbox.AcceptAsync(decision.DedupeKey!, decision.Button!, cancellationToken).ConfigureAwait(false);
                logger.Accepted(decision.DedupeKey!, acceptedButton);
                break;
            case SlackEventAction.DeleteInstallation:
                var existed = await installations.DeleteAsync(ChatPlatform.Slack, decision.WorkspaceId!, cancellationToken).ConfigureAwait(false);
                logger.InstallationDeleted(decision.WorkspaceId!, decision.Reason, existed);
                break;
            default:
                logger.EventIgnored(envelope.EventId, decision.WorkspaceId, decision.Reason);
                break;
        }

        return SlackAck.Empty;
    }
}

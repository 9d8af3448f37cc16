using System.Text.Json;
using AllyBot.Slack.Inbound;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.SocketMode;

/// <summary>
/// Routes a Socket Mode envelope's payload (the same JSON Slack would POST over HTTP) to the same processors, so
/// dedupe keys and translations are identical in both modes.
/// </summary>
internal sealed class SlackSocketEnvelopeHandler(SlackEventProcessor events, SlackCommandProcessor commands, SlackInteractionProcessor interactions)
{
    /// <summary>The ack for the envelope; <see cref="SlackAck.Empty"/> for types AllyBot does not handle.</summary>
    public async Task<SlackAck> HandleAsync(string? envelopeType, JsonElement payload, CancellationToken cancellationToken = default)
    {
        switch (envelopeType)
        {
            case "events_api":
                var envelope = payload.Deserialize<SlackEventEnvelope>(SlackJson.Options);
                return envelope is null ? SlackAck.Empty : await events.ProcessAsync(envelope, cancellationToken).ConfigureAwait(false);
            case "slash_commands":
                var command = payload.Deserialize<SlackSlashCommand>(SlackJson.Options);
                return command is null ? SlackAck.Empty : await commands.ProcessAsync(command, cancellationToken).ConfigureAwait(false) ?? SlackAck.Empty;
            case "interactive":
                var interaction = payload.Deserialize<SlackInteractionPayload>(SlackJson.Options);
                return interaction is null ? SlackAck.Empty : await interactions.ProcessAsync(interaction, cancellationToken).ConfigureAwait(false);
            default:
                return SlackAck.Empty;
        }
    }
}

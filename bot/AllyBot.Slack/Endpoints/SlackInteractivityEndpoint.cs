using System.Text.Json;
using AllyBot.Slack.Inbound;
using AllyBot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Endpoints;

/// <summary><c>POST /slack/interactivity</c>: verify, decode the <c>payload</c> form field, persist, ack (protocols.md §3.4).</summary>
internal static class SlackInteractivityEndpoint
{
    public const string Path = "/slack/interactivity";

    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackInteractionProcessor processor, ILogger<SlackInteractionProcessor> logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = await reader.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (request.Body is not { } body)
        {
            return SlackAckResults.Rejection(request);
        }

        SlackInteractionPayload? payload = null;
        if (SlackForm.Parse(body).TryGetValue("payload", out var json))
        {
            try
            {
                payload = JsonSerializer.Deserialize<SlackInteractionPayload>(json, SlackJson.Options);
            }
            catch (JsonException)
            {
                payload = null;
            }
        }

        if (payload?.Type is null)
        {
            logger.MalformedBody(context.Request.Path);
            return Results.BadRequest();
        }

        var ack = await processor.ProcessAsync(payload, cancellationToken).ConfigureAwait(false);
        return ack.ToResult();
    }
}

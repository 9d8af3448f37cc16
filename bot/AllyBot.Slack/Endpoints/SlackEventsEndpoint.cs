using System.Text.Json;
using AllyBot.Slack.Inbound;
using AllyBot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Endpoints;

/// <summary><c>POST /slack/events</c>: verify, parse, persist, ack (protocols.md §3.2).</summary>
internal static class SlackEventsEndpoint
{
    public const string Path = "/slack/events";

    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackEventProcessor processor, ILogger<SlackEventProcessor> logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = await reader.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (request.Body is not { } body)
        {
            return SlackAckResults.Rejection(request);
        }

        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SlackEventEnvelope>(body, SlackJson.Options);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope?.Type is null)
        {
            logger.MalformedBody(context.Request.Path);
            return Results.BadRequest();
        }

        if (context.Request.Headers["X-Slack-Retry-Num"].ToString() is { Length: > 0 } retryNum)
        {
            var reason = context.Request.Headers["X-Slack-Retry-Reason"].ToString();
            logger.SlackRetry(retryNum, reason);
        }

        var ack = await processor.ProcessAsync(envelope, cancellationToken).ConfigureAwait(false);
        return ack.ToResult();
    }
}

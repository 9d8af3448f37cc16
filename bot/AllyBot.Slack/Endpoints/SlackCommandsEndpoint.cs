using AllyBot.Slack.Inbound;
using AllyBot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Endpoints;

/// <summary><c>POST /slack/commands</c>: verify, persist the <c>/ally</c> command, ack with an empty 200 (protocols.md §3.3).</summary>
internal static class SlackCommandsEndpoint
{
    public const string Path = "/slack/commands";

    public static async Task<IResult> HandleAsync(HttpContext context, SlackRequestReader reader, SlackCommandProcessor processor, ILogger<SlackCommandProcessor> logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = await reader.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (request.Body is not { } body)
        {
            return SlackAckResults.Rejection(request);
        }

        var ack = await processor.ProcessAsync(SlackSlashCommand.FromForm(SlackForm.Parse(body)), cancellationToken).ConfigureAwait(false);
        if (ack is null)
        {
            logger.MalformedBody(context.Request.Path);
            return Results.BadRequest();
        }

        return ack.ToResult();
    }
}

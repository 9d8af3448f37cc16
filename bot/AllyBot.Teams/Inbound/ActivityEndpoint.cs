using System.Text.Json;
using AllyBot.Teams.Auth;
using AllyBot.Teams.Wire;
using Microsoft.AspNetCore.Http;

namespace AllyBot.Teams.Inbound;

/// <summary>
/// <c>POST /api/messages</c>: token first (401 before the body is read), then the body (400 when it is not an
/// activity), then the token against the activity (serviceurl 401, endorsement 403), then process and answer.
/// </summary>
internal sealed class ActivityEndpoint(BotTokenValidator validator, ActivityProcessor processor)
{
    /// <summary>Activities are small; anything bigger is refused unread.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = await validator.AuthenticateAsync(context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, cancellationToken).ConfigureAwait(false);
        if (caller.Verdict != TokenVerdict.Accepted)
        {
            context.Response.StatusCode = StatusFor(caller.Verdict);
            return;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(context.Request.Body, TeamsJson.Default.Activity, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var verdict = validator.Authorize(caller, activity.ChannelId, activity.ServiceUrl);
        if (verdict != TokenVerdict.Accepted)
        {
            context.Response.StatusCode = StatusFor(verdict);
            return;
        }

        var outcome = await processor.ProcessAsync(activity, cancellationToken).ConfigureAwait(false);
        context.Response.StatusCode = outcome.StatusCode;
        if (outcome.Body is not null)
        {
            await context.Response.WriteAsJsonAsync(outcome.Body, TeamsJson.Default.InvokeResponseBody, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public static int StatusFor(TokenVerdict verdict) => verdict switch
    {
        TokenVerdict.Accepted => StatusCodes.Status200OK,
        TokenVerdict.NotEndorsed => StatusCodes.Status403Forbidden,
        TokenVerdict.KeysUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status401Unauthorized,
    };
}

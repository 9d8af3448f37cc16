using AllyBot.Slack.Inbound;
using Microsoft.AspNetCore.Http;

namespace AllyBot.Slack.Endpoints;

/// <summary>HTTP forms of acks and rejections.</summary>
internal static class SlackAckResults
{
    public static IResult ToResult(this SlackAck ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        return ack.Body is { } body
            ? Results.Text(body.ToJsonString(), "application/json; charset=utf-8", statusCode: StatusCodes.Status200OK)
            : Results.Ok();
    }

    public static IResult Rejection(SlackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsSslCheck ? Results.Ok() : Results.StatusCode(request.RejectionStatus ?? StatusCodes.Status400BadRequest);
    }
}

using AllyBot.Slack.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Endpoints;

/// <summary>Log events of the Slack HTTP endpoints (6000-6099). Never message text.</summary>
internal static partial class SlackEndpointsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Slack request to {Path} rejected: {Verdict}")]
    public static partial void RequestRejected(this ILogger logger, PathString path, SlackVerificationResult verdict);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Slack request to {Path} rejected: body larger than the limit")]
    public static partial void RequestTooLarge(this ILogger logger, PathString path);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Signed Slack request to {Path} has a malformed body")]
    public static partial void MalformedBody(this ILogger logger, PathString path);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({RetryReason}) of an event")]
    public static partial void SlackRetry(this ILogger logger, string retryNum, string retryReason);
}

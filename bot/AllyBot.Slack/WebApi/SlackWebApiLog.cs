using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.WebApi;

/// <summary>Log events of the Web API client (6100-6199). Never message text, never tokens.</summary>
internal static partial class SlackWebApiLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Slack {Method} answered ok:false with error {Error} (needed: {Needed})")]
    public static partial void ApiError(this ILogger logger, string method, string error, string? needed);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Slack {Method} answered HTTP {StatusCode}")]
    public static partial void HttpError(this ILogger logger, string method, int statusCode);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Slack {Method} retry {Attempt} in {Delay} after {Outcome}")]
    public static partial void Retrying(this ILogger logger, string method, int attempt, TimeSpan delay, string outcome);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Debug, Message = "Slack {Method} warning: {Warning}")]
    public static partial void ApiWarning(this ILogger logger, string method, string warning);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Debug, Message = "Slack {Method} paced for {Delay}")]
    public static partial void Paced(this ILogger logger, string method, TimeSpan delay);
}

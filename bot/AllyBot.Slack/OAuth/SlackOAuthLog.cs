using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.OAuth;

/// <summary>Log events of the OAuth install (6200-6299). Never tokens.</summary>
internal static partial class SlackOAuthLog
{
    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "AllyBot installed in Slack workspace {WorkspaceId}")]
    public static partial void Installed(this ILogger logger, string workspaceId);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Warning, Message = "Slack OAuth callback rejected: {Reason}")]
    public static partial void CallbackRejected(this ILogger logger, string reason);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Warning, Message = "Slack oauth.v2.access failed: {Error}")]
    public static partial void AccessFailed(this ILogger logger, string error);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Information, Message = "Slack installation of workspace {WorkspaceId} deleted ({Reason}); one existed: {Existed}")]
    public static partial void InstallationDeleted(this ILogger logger, string workspaceId, string reason, bool existed);
}

using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Outbound;

/// <summary>Log events of the outbound sender (6300-6399). Never message text.</summary>
internal static partial class SlackChatSenderLog
{
    [LoggerMessage(EventId = 6301, Level = LogLevel.Warning, Message = "No Slack token for workspace {WorkspaceId}: AllyBot is not installed there; reply dropped")]
    public static partial void NotInstalled(this ILogger logger, string workspaceId);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Information, Message = "Slack nudge in {WorkspaceId}/{ChannelId} not delivered: {Error}")]
    public static partial void NudgeUndeliverable(this ILogger logger, string workspaceId, string channelId, string error);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Debug, Message = "Slack private reply in {WorkspaceId}/{ChannelId} sent via {Route}")]
    public static partial void ReplySent(this ILogger logger, string workspaceId, string channelId, string route);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Information, Message = "Slack private reply in {WorkspaceId}/{ChannelId}: {Route} failed ({Error}), trying the next route")]
    public static partial void ReplyRouteFailed(this ILogger logger, string workspaceId, string channelId, string route, string error);
}

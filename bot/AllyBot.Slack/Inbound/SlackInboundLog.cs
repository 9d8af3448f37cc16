using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Inbound;

/// <summary>Log events of inbound processing, shared by HTTP and Socket Mode (6400-6499). Never message text.</summary>
internal static partial class SlackInboundLog
{
    [LoggerMessage(EventId = 6401, Level = LogLevel.Debug, Message = "Slack event {EventId} in {WorkspaceId} ignored: {Reason}")]
    public static partial void EventIgnored(this ILogger logger, string? eventId, string? workspaceId, string reason);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Debug, Message = "Slack delivery {DedupeKey} accepted: {Accepted} (false = seen before)")]
    public static partial void Accepted(this ILogger logger, string dedupeKey, bool accepted);

    [LoggerMessage(EventId = 6403, Level = LogLevel.Warning, Message = "Slack event {EventId} has an unexpected shape; acknowledged and dropped")]
    public static partial void EventMalformed(this ILogger logger, string? eventId);

    [LoggerMessage(EventId = 6404, Level = LogLevel.Warning, Message = "Slack slash command without team, channel, user or trigger id; rejected")]
    public static partial void CommandIncomplete(this ILogger logger);

    [LoggerMessage(EventId = 6405, Level = LogLevel.Warning, Message = "Could not open the check modal in {WorkspaceId}: {Error}")]
    public static partial void ModalFailed(this ILogger logger, string workspaceId, string error);
}

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

    [LoggerMessage(EventId = 6305, Level = LogLevel.Debug, Message = "Slack dialog prompt sent as a DM in {WorkspaceId} ({Choices} choices)")]
    public static partial void DialogSent(this ILogger logger, string workspaceId, int choices);

    [LoggerMessage(EventId = 6306, Level = LogLevel.Information, Message = "Slack dialog prompt in {WorkspaceId} not delivered: {Error}")]
    public static partial void DialogUndeliverable(this ILogger logger, string workspaceId, string error);

    [LoggerMessage(EventId = 6307, Level = LogLevel.Debug, Message = "Slack channel post sent in {WorkspaceId}/{ChannelId}")]
    public static partial void ChannelPostSent(this ILogger logger, string workspaceId, string channelId);

    [LoggerMessage(EventId = 6308, Level = LogLevel.Warning, Message = "Slack channel post in {WorkspaceId}/{ChannelId} not delivered: {Error}")]
    public static partial void ChannelPostUndeliverable(this ILogger logger, string workspaceId, string channelId, string error);

    [LoggerMessage(EventId = 6309, Level = LogLevel.Information, Message = "Slack users.info in {WorkspaceId} failed ({Error}): the member picker shows a user id")]
    public static partial void NameUnavailable(this ILogger logger, string workspaceId, string error);

    [LoggerMessage(EventId = 6310, Level = LogLevel.Debug, Message = "Slack roster of {WorkspaceId}/{ChannelId} loaded: {Members} members, {Humans} people")]
    public static partial void RosterLoaded(this ILogger logger, string workspaceId, string channelId, int members, int humans);

    [LoggerMessage(EventId = 6311, Level = LogLevel.Information, Message = "Slack message link not resolved in {WorkspaceId}: {Failure} ({Error})")]
    public static partial void LinkNotResolved(this ILogger logger, string workspaceId, AllyBot.Core.Credits.MessageLinkFailure? failure, string error);

    [LoggerMessage(EventId = 6312, Level = LogLevel.Debug, Message = "Slack nudge in {WorkspaceId}: {Revision} needs no message (an ephemeral message cannot be edited or deleted)")]
    public static partial void NudgeNotRevisable(this ILogger logger, string workspaceId, string revision);
}

using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Home;

/// <summary>Log events of App Home and the rule modal (6801-6899). Never message text, never rule text.</summary>
internal static partial class SlackHomeLog
{
    [LoggerMessage(EventId = 6801, Level = LogLevel.Debug, Message = "App Home of a member in {WorkspaceId} published ({Action}, admin part: {Admin})")]
    public static partial void HomePublished(this ILogger logger, string workspaceId, string action, bool admin);

    [LoggerMessage(EventId = 6802, Level = LogLevel.Warning, Message = "App Home in {WorkspaceId} not published: {Error}")]
    public static partial void HomeFailed(this ILogger logger, string workspaceId, string error);

    [LoggerMessage(EventId = 6803, Level = LogLevel.Information, Message = "Rule modal in {WorkspaceId}: {Outcome} after {ElapsedMs} ms")]
    public static partial void RuleModalOpening(this ILogger logger, string workspaceId, SlackRuleModalOpening outcome, long elapsedMs);

    [LoggerMessage(EventId = 6804, Level = LogLevel.Information, Message = "Rule modal submitted in {WorkspaceId}: added {Added}, {Problems} problem(s), answered in {ElapsedMs} ms")]
    public static partial void RuleSubmitted(this ILogger logger, string workspaceId, bool added, int problems, long elapsedMs);

    [LoggerMessage(EventId = 6805, Level = LogLevel.Warning, Message = "Rule modal could not be opened in {WorkspaceId}: {Error}")]
    public static partial void RuleModalFailed(this ILogger logger, string workspaceId, string error);
}

using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Admin;

/// <summary>Log events of the admin role check (6600-6699). Never message text.</summary>
internal static partial class SlackAdminRolesLog
{
    [LoggerMessage(EventId = 6601, Level = LogLevel.Warning, Message = "Slack admin roles in {WorkspaceId} unknown ({Reason}): treated as not an admin")]
    public static partial void RolesUnknown(this ILogger logger, string workspaceId, string reason);
}

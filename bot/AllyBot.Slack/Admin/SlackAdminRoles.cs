using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Admin;

/// <summary>
/// Slack's admin roles: workspace admins and owners (<c>is_admin</c>, <c>is_owner</c>, <c>is_primary_owner</c> of
/// <c>users.info</c>, scope <c>users:read</c>). A member of another workspace (a shared channel) is never an admin
/// of this one. When Slack cannot tell (not installed, an API error), the answer is null and the reason is logged.
/// </summary>
internal sealed class SlackAdminRoles(SlackWebApiClient api, SlackTokenSource tokens, ILogger<SlackAdminRoles> logger) : IPlatformAdminRoles
{
    public async Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var workspaceId = channel.Channel.WorkspaceId;
        try
        {
            if (await tokens.GetBotTokenAsync(workspaceId, cancellationToken).ConfigureAwait(false) is not { } token)
            {
                logger.RolesUnknown(workspaceId, "not_installed");
                return null;
            }

            var user = await api.UserInfoAsync(token, workspaceId, userId, cancellationToken).ConfigureAwait(false);
            var otherWorkspace = !string.IsNullOrEmpty(user.TeamId) && user.TeamId != workspaceId;
            return !otherWorkspace && !user.Deleted && !user.IsBot && (user.IsAdmin || user.IsOwner || user.IsPrimaryOwner);
        }
        catch (SlackApiException e)
        {
            logger.RolesUnknown(workspaceId, e.Error is { Length: > 0 } error ? error : "api_error");
            return null;
        }
        catch (HttpRequestException e)
        {
            logger.RolesUnknown(workspaceId, e.StatusCode is { } status ? $"http_{(int)status}" : "connection_failed");
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.RolesUnknown(workspaceId, "timeout");
            return null;
        }
    }
}

namespace AllyBot.Slack.Wire;

/// <summary>The answer of <c>auth.test</c>.</summary>
internal sealed record SlackAuthTestResponse(bool Ok, string? Url, string? Team, string? User, string? TeamId, string? UserId, string? BotId, bool IsEnterpriseInstall);

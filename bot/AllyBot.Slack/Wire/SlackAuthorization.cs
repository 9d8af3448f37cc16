namespace AllyBot.Slack.Wire;

/// <summary>One entry of an event's <c>authorizations</c>: whom the app acts as in that workspace.</summary>
internal sealed record SlackAuthorization(string? EnterpriseId, string? TeamId, string? UserId, bool IsBot, bool IsEnterpriseInstall);

namespace AllyBot.Slack.Wire;

/// <summary>A <c>tokens_revoked</c> event.</summary>
internal sealed record SlackTokensRevokedEvent(string? Type, SlackRevokedTokens? Tokens);

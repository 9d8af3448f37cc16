namespace AllyBot.Slack.Wire;

/// <summary>The <c>tokens</c> object of a <c>tokens_revoked</c> event: user ids whose user or bot tokens were revoked.</summary>
internal sealed record SlackRevokedTokens(IReadOnlyList<string>? Oauth, IReadOnlyList<string>? Bot);

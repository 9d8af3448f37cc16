namespace AllyBot.Slack.Wire;

/// <summary>The answer of <c>oauth.v2.access</c>.</summary>
internal sealed record SlackOAuthAccessResponse(
    bool Ok,
    string? Error,
    string? AccessToken,
    string? TokenType,
    string? Scope,
    string? BotUserId,
    string? AppId,
    SlackTeamRef? Team,
    SlackTeamRef? Enterprise,
    SlackUserRef? AuthedUser,
    bool IsEnterpriseInstall,
    string? RefreshToken,
    int? ExpiresIn)
{
    /// <summary>Never prints the tokens.</summary>
    public override string ToString() => $"SlackOAuthAccessResponse {{ {Ok}, {Error}, {Team?.Id}, {Scope} }}";
}

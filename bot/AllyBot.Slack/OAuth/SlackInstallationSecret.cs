namespace AllyBot.Slack.OAuth;

/// <summary>What AllyBot keeps about one Slack install, serialized and encrypted into <c>Installation.Secret</c>.</summary>
internal sealed record SlackInstallationSecret(
    string BotToken,
    string? BotUserId,
    string? Scope,
    string? AppId,
    string? TeamName,
    string? InstallerUserId,
    string? RefreshToken,
    DateTimeOffset? ExpiresAt)
{
    /// <summary>Never prints the tokens.</summary>
    public override string ToString() => $"SlackInstallationSecret {{ {AppId}, {BotUserId}, {Scope} }}";
}

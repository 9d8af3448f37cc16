namespace AllyBot.Teams.Tokens;

/// <summary>The bearer token for Bot Connector calls (audience <c>https://api.botframework.com</c>), cached by the provider.</summary>
internal interface IBotTokenProvider
{
    /// <summary>The token, or null when the bot runs without an app id (no Authorization header is sent).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}

namespace AllyBot.Teams.Tokens;

/// <summary>App-only Microsoft Graph tokens of the bot's app registration, per tenant, cached by the provider.</summary>
internal interface IGraphTokenProvider
{
    /// <summary>A token for <paramref name="tenantId"/>, or null when the bot runs without an app id (Graph is not called).</summary>
    Task<string?> GetGraphTokenAsync(string tenantId, CancellationToken cancellationToken = default);
}

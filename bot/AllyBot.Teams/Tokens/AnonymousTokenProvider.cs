namespace AllyBot.Teams.Tokens;

/// <summary>No app id: no token (the SDK's auth-disabled mode for the emulator).</summary>
internal sealed class AnonymousTokenProvider : IBotTokenProvider, IGraphTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);

    public Task<string?> GetGraphTokenAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}

namespace AllyBot.Teams.Tokens;

/// <summary>No app id: no token (the SDK's auth-disabled mode for the emulator).</summary>
internal sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}

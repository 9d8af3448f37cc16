using AllyBot.Teams.Tokens;

namespace AllyBot.Teams.Tests.Support;

/// <summary>Always the same outbound token.</summary>
internal sealed class StaticTokenProvider(string? token) : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
}

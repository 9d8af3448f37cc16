using AllyBot.Teams.Tokens;

namespace AllyBot.Teams.Tests.Support;

/// <summary>Always the same outbound token, for the Connector and for Graph (recording the tenants Graph tokens were for).</summary>
internal sealed class StaticTokenProvider(string? token) : IBotTokenProvider, IGraphTokenProvider
{
    public List<string> GraphTenants { get; } = [];

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);

    public Task<string?> GetGraphTokenAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        GraphTenants.Add(tenantId);
        return Task.FromResult(token);
    }
}

using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tokens;

/// <summary>
/// Tokens from the user-assigned managed identity whose client id is <c>Teams:AppId</c> (Azure Bot type
/// UserAssignedMSI, protocols.md §1.2). Azure.Identity caches and refreshes them.
/// </summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<TeamsOptions> options) : IBotTokenProvider, IGraphTokenProvider
{
    private static readonly TokenRequestContext Request = new([BotTokenScopes.BotFramework]);
    private static readonly TokenRequestContext GraphRequest = new([BotTokenScopes.Graph]);

    private readonly Lazy<ManagedIdentityCredential> _credential =
        new(() => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.Value.AppId)));

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => GetAsync(Request, cancellationToken);

    /// <summary>A Graph token of the identity's own tenant (managed identities live in one tenant).</summary>
    public Task<string?> GetGraphTokenAsync(string tenantId, CancellationToken cancellationToken = default) => GetAsync(GraphRequest, cancellationToken);

    private async Task<string?> GetAsync(TokenRequestContext request, CancellationToken cancellationToken)
    {
        try
        {
            var token = await _credential.Value.GetTokenAsync(request, cancellationToken).ConfigureAwait(false);
            return token.Token;
        }
        catch (AuthenticationFailedException e)
        {
            throw new TokenAcquisitionException("The managed identity gave no token: set Teams:AppPassword or Teams:CertificateThumbprint when not running on Azure with the identity attached.", e);
        }
    }
}

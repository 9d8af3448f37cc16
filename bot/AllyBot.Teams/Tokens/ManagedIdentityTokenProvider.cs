using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tokens;

/// <summary>
/// Tokens from the user-assigned managed identity whose client id is <c>Teams:AppId</c> (Azure Bot type
/// UserAssignedMSI, protocols.md §1.2). Azure.Identity caches and refreshes them.
/// </summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<TeamsOptions> options) : IBotTokenProvider
{
    private static readonly TokenRequestContext Request = new([BotTokenScopes.BotFramework]);

    private readonly Lazy<ManagedIdentityCredential> _credential =
        new(() => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.Value.AppId)));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var token = await _credential.Value.GetTokenAsync(Request, cancellationToken).ConfigureAwait(false);
            return token.Token;
        }
        catch (AuthenticationFailedException e)
        {
            throw new TokenAcquisitionException("The managed identity gave no token: set Teams:AppPassword or Teams:CertificateThumbprint when not running on Azure with the identity attached.", e);
        }
    }
}

using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Tokens;

/// <summary>
/// Signs the client assertion for certificate credentials (RFC 7523: iss = sub = app id, aud = token endpoint, 10
/// minutes), with the certificate named by <c>Teams:CertificateThumbprint</c> in the CurrentUser or LocalMachine store.
/// </summary>
internal sealed class ClientAssertionFactory(IOptions<TeamsOptions> options, TimeProvider clock)
{
    private readonly Lazy<X509Certificate2> _certificate = new(() => Find(options.Value.CertificateThumbprint ?? ""));

    /// <summary>For tests: a factory with a given certificate.</summary>
    internal ClientAssertionFactory(IOptions<TeamsOptions> options, TimeProvider clock, X509Certificate2 certificate)
        : this(options, clock) => _certificate = new(() => certificate);

    public string Create(Uri tokenEndpoint)
    {
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        var now = clock.GetUtcNow().UtcDateTime;
        var appId = options.Value.AppId;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = appId,
            Audience = tokenEndpoint.ToString(),
            Claims = new Dictionary<string, object> { ["sub"] = appId, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new X509SigningCredentials(_certificate.Value, SecurityAlgorithms.RsaSha256),
        });
    }

    private static X509Certificate2 Find(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            foreach (var certificate in found)
            {
                if (certificate.HasPrivateKey)
                {
                    return certificate;
                }
            }
        }

        throw new TokenAcquisitionException($"No certificate with a private key and thumbprint {thumbprint} is in the CurrentUser or LocalMachine 'My' store (Teams:CertificateThumbprint).");
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AllyBot.Teams.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Tests.Tokens;

public sealed class ClientAssertionFactoryTests
{
    [Test]
    public async Task Create_Certificate_SignsRfc7523AssertionForTheTokenEndpoint()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=AllyBot test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new TeamsOptions { AppId = "5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a", CertificateThumbprint = certificate.Thumbprint });
        var endpoint = new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");

        var assertion = new ClientAssertionFactory(options, clock, certificate).Create(endpoint);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = options.Value.AppId,
            ValidAudience = endpoint.ToString(),
            IssuerSigningKey = new X509SecurityKey(certificate),
            ValidateLifetime = false,
        });
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.That(token.Subject, Is.EqualTo(options.Value.AppId));
        Assert.That(token.X5t, Is.Not.Empty);
        Assert.That(token.ValidTo, Is.EqualTo(clock.GetUtcNow().UtcDateTime.AddMinutes(10)).Within(TimeSpan.FromSeconds(1)));
    }
}

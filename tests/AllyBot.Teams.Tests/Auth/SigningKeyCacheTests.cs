using System.Net;
using AllyBot.Teams.Auth;
using AllyBot.Teams.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Auth;

public sealed class SigningKeyCacheTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly TestIssuer _issuer = new();

    public void Dispose() => _issuer.Dispose();

    private SigningKeyCache Create(HttpMessageHandler handler) =>
        new(new FakeHttpClientFactory(handler), Options.Create(new TeamsOptions { OpenIdMetadataUrl = TestIssuer.MetadataUrl }), _clock, NullLogger<SigningKeyCache>.Instance);

    [Test]
    public async Task Get_Jwks_ReadsKeysAndTheirEndorsements()
    {
        using var cache = Create(_issuer.Handler);

        var keys = await cache.GetAsync();

        Assert.That(keys.Contains("key-1"), Is.True);
        Assert.That(keys.EndorsementsOf("key-1"), Is.EqualTo(new[] { "msteams", "webchat" }));
        Assert.That(keys.EndorsementsOf("unknown"), Is.Empty);
    }

    [Test]
    public async Task Get_WithinADay_UsesTheCache()
    {
        using var cache = Create(_issuer.Handler);

        await cache.GetAsync();
        _clock.Advance(TimeSpan.FromHours(23));
        await cache.GetAsync();

        Assert.That(_issuer.KeyFetches, Is.EqualTo(1));
    }

    [Test]
    public async Task Get_RefreshFailsWithKeysCached_KeepsServingTheOldKeys()
    {
        using var cache = Create(_issuer.Handler);
        await cache.GetAsync();
        _issuer.Unavailable = true;
        _clock.Advance(TimeSpan.FromDays(2));

        var keys = await cache.GetAsync();

        Assert.That(keys.Contains("key-1"), Is.True);
    }

    [Test]
    public void Get_HttpsMetadataPointingToHttpJwks_IsRefused()
    {
        using var handler = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"issuer":"https://api.botframework.com","jwks_uri":"http://login.test/v1/.well-known/keys"}"""));
        using var cache = Create(handler);

        Assert.ThrowsAsync<SigningKeysUnavailableException>(() => cache.GetAsync());
    }
}

using System.Net;
using AllyBot.Teams.Tests.Support;
using AllyBot.Teams.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Tokens;

public sealed class ClientCredentialsTokenProviderTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly Queue<HttpResponseMessage> _answers = new();
    private readonly FakeHttpHandler _handler;
    private readonly TeamsOptions _options = new() { AppId = "5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a", AppPassword = "s3cret", TenantId = "contoso-tenant" };
    private int _issued;

    public ClientCredentialsTokenProviderTests()
    {
        _handler = new FakeHttpHandler(_ => _answers.Count > 0
            ? _answers.Dequeue()
            : FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":3599,"access_token":"token-{{++_issued}}"}"""));
    }

    public void Dispose()
    {
        _handler.Dispose();
        while (_answers.TryDequeue(out var answer))
        {
            answer.Dispose();
        }
    }

    private ClientCredentialsTokenProvider Create()
    {
        var options = Options.Create(_options);
        return new ClientCredentialsTokenProvider(new FakeHttpClientFactory(_handler), options, new ClientAssertionFactory(options, _clock), _clock);
    }

    [Test]
    public async Task GetToken_Secret_PostsClientCredentialsFormToTheTenantEndpoint()
    {
        using var provider = Create();

        Assert.That(await provider.GetTokenAsync(), Is.EqualTo("token-1"));

        var request = _handler.Requests.Single();
        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token"));
        Assert.That(request.Body, Is.EqualTo("grant_type=client_credentials&client_id=5f0c3b1e-7a2d-4c8e-9b6f-2d1e0a9c8b7a&scope=https%3A%2F%2Fapi.botframework.com%2F.default&client_secret=s3cret"));
    }

    [Test]
    public async Task GetToken_NoTenant_UsesBotframeworkCom()
    {
        _options.TenantId = null;
        using var provider = Create();

        await provider.GetTokenAsync();

        Assert.That(_handler.Requests.Single().Uri.AbsoluteUri, Is.EqualTo("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"));
    }

    [Test]
    public async Task GetToken_CachedUntilFiveMinutesBeforeExpiry()
    {
        using var provider = Create();
        await provider.GetTokenAsync();

        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.That(await provider.GetTokenAsync(), Is.EqualTo("token-1"));

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(await provider.GetTokenAsync(), Is.EqualTo("token-2"));
    }

    [Test]
    public void GetToken_Refused_ThrowsWithTheOAuthErrorCodeOnly()
    {
        _answers.Enqueue(FakeHttpHandler.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"""));
        using var provider = Create();

        var error = Assert.ThrowsAsync<TokenAcquisitionException>(() => provider.GetTokenAsync());

        Assert.That(error!.Message, Does.Contain("401").And.Contain("invalid_client").And.Not.Contain("s3cret"));
    }

    [Test]
    public async Task GetGraphToken_Secret_AsksTheTeamsTenantForGraphAndCachesPerTenant()
    {
        using var provider = Create();

        Assert.That(await provider.GetGraphTokenAsync("team-tenant"), Is.EqualTo("token-1"));
        Assert.That(await provider.GetGraphTokenAsync("team-tenant"), Is.EqualTo("token-1"));
        Assert.That(await provider.GetTokenAsync(), Is.EqualTo("token-2"), "the Connector token is a different one");

        var graph = _handler.Requests[0];
        Assert.That(graph.Uri.AbsoluteUri, Is.EqualTo("https://login.microsoftonline.com/team-tenant/oauth2/v2.0/token"));
        Assert.That(graph.Body, Does.Contain("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"));
        Assert.That(_handler.Requests, Has.Count.EqualTo(2));
    }
}

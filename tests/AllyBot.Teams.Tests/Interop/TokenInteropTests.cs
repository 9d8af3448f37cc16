using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Teams.Auth;
using AllyBot.Teams.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tests.Interop;

/// <summary>
/// interop.md's verdict table against the real referee: tokens minted by the fake issuer (jsonwebtoken) are judged by
/// botframework-connector's JwtTokenValidation and by AllyBot's validator, and both must give the expected verdict.
/// </summary>
[Category("Interop")]
public sealed class TokenInteropTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private NodePeer _issuer = null!;
    private HttpClient _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _issuer = await NodePeer.StartAsync("fake-issuer.js");
        _http = new HttpClient { BaseAddress = _issuer.BaseUrl };
    }

    [TearDown]
    public void Stop()
    {
        _http?.Dispose();
        _issuer?.Dispose();
    }

    [TestCase("good", "msteams", true)]
    [TestCase("wrongAudience", "msteams", false)]
    [TestCase("wrongIssuer", "msteams", false)]
    [TestCase("serviceUrlMismatch", "msteams", false)]
    [TestCase("missingEndorsement", "slack", false)]
    [TestCase("expired", "msteams", false)]
    public async Task Validate_TokenFromFakeIssuer_AgreesWithBotframeworkConnector(string kind, string channelId, bool accepted)
    {
        using var minted = await _http.PostAsJsonAsync("mint", new { @case = kind, appId = AppId, serviceUrl = ServiceUrl });
        var token = (await minted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var header = "Bearer " + token;

        using var judged = await _http.PostAsJsonAsync("sdk-verdict", new { authHeader = header, appId = AppId, channelId, serviceUrl = ServiceUrl });
        var sdk = await judged.Content.ReadFromJsonAsync<JsonElement>();
        var ours = await Validator().ValidateAsync(header, channelId, ServiceUrl);

        Assert.That(sdk.GetProperty("accepted").GetBoolean(), Is.EqualTo(accepted), sdk.ToString());
        Assert.That(ours == TokenVerdict.Accepted, Is.EqualTo(accepted), ours.ToString());
    }

    private BotTokenValidator Validator()
    {
        var options = Options.Create(new TeamsOptions { AppId = AppId, OpenIdMetadataUrl = new Uri(_issuer.BaseUrl, "v1/.well-known/openidconfiguration").AbsoluteUri });
        var keys = new SigningKeyCache(new FakeHttpClientFactory(new HttpClientHandler()), options, TimeProvider.System, NullLogger<SigningKeyCache>.Instance);
        return new BotTokenValidator(keys, options, TestEnvironment.Development, TimeProvider.System, NullLogger<BotTokenValidator>.Instance);
    }
}

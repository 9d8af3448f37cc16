using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AllyBot.Core.Ports;
using AllyBot.Teams.Auth;
using AllyBot.Teams.Connector;
using AllyBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Support;

/// <summary>A small in-test web app: AddTeams/MapTeams with the shared fakes, a local token issuer and a fake Connector.</summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TeamsTestHost(WebApplication app, TestIssuer issuer, FakeTimeProvider clock, FakeHttpHandler connector)
    {
        _app = app;
        Issuer = issuer;
        Clock = clock;
        Connector = connector;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public TestIssuer Issuer { get; }

    public FakeTimeProvider Clock { get; }

    public FakeHttpHandler Connector { get; }

    public RecordingInboxWriter Inbox => (RecordingInboxWriter)Services.GetRequiredService<IInboxWriter>();

    public InMemoryAllyStore Store => (InMemoryAllyStore)Services.GetRequiredService<IInstallationStore>();

    public IServiceProvider Services => _app.Services;

    public static async Task<TeamsTestHost> StartAsync(Dictionary<string, string?>? settings = null, string environment = "Production", Action<IServiceCollection>? services = null)
    {
        var issuer = new TestIssuer();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var connector = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"id":"sent-1"}"""));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>
        {
            ["Teams:AppId"] = TestIssuer.AppId,
            ["Teams:AppPassword"] = "not-a-real-secret",
            ["Teams:OpenIdMetadataUrl"] = TestIssuer.MetadataUrl,
        });
        var store = new InMemoryAllyStore();
        builder.Services.AddSingleton<IInboxWriter>(new RecordingInboxWriter());
        builder.Services.AddSingleton<IInstallationStore>(store);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services?.Invoke(builder.Services);
        builder.Services.AddTeams(builder.Configuration);
        builder.Services.AddHttpClient(SigningKeyCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => issuer.Handler);
        builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);
        var app = builder.Build();
        app.MapTeams();
        await app.StartAsync();
        return new TeamsTestHost(app, issuer, clock, connector);
    }

    /// <summary>POSTs a body to /api/messages, with a good token for its serviceUrl unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TeamsEndpoints.MessagesPath)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    public string GoodToken(string serviceUrl = TestIssuer.ServiceUrl) => Issuer.Mint(Clock.GetUtcNow(), serviceUrl: serviceUrl);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Issuer.Dispose();
    }
}

using AllyBot.Core.Ports;
using AllyBot.Slack.WebApi;
using AllyBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.Support;

/// <summary>
/// A small web app with AddSlack/MapSlack over TestServer and the shared fakes: the inbox records, installations
/// live in memory, time is fake, the Web API is <see cref="FakeSlackApi"/>; Core's settings and admin services run
/// over in-memory stores (<see cref="SlackCoreServices"/>).
/// </summary>
internal sealed class SlackTestApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1763900000);

    private readonly WebApplication _app;

    private SlackTestApp(WebApplication app, FakeTimeProvider clock, FakeSlackApi api, RecordingLoggerProvider logs)
    {
        Logs = logs;
        _app = app;
        Clock = clock;
        Api = api;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <summary>Every log line the app wrote, at every level.</summary>
    public RecordingLoggerProvider Logs { get; }

    public FakeTimeProvider Clock { get; }

    public FakeSlackApi Api { get; }

    public RecordingInboxWriter Inbox => (RecordingInboxWriter)Services.GetRequiredService<IInboxWriter>();

    public InMemoryAllyStore Store => (InMemoryAllyStore)Services.GetRequiredService<IInstallationStore>();

    public IServiceProvider Services => _app.Services;

    public static readonly IReadOnlyDictionary<string, string?> OAuthSettings = new Dictionary<string, string?>
    {
        ["Slack:SigningSecret"] = SlackTestSigner.Secret,
        ["Slack:ClientId"] = "1234567890.0987654321",
        ["Slack:ClientSecret"] = "client-secret-for-tests",
    };

    public static async Task<SlackTestApp> StartAsync(
        IEnumerable<KeyValuePair<string, string?>>? settings = null, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var logs = new RecordingLoggerProvider();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackTestSigner.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
        });

        var clock = new FakeTimeProvider(now ?? Now);
        var api = new FakeSlackApi { Clock = clock.GetUtcNow };
        var store = new InMemoryAllyStore();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IInboxWriter>(new RecordingInboxWriter());
        builder.Services.AddSingleton<IInstallationStore>(store);
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddCoreForSlack(store);
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddHttpClient(SlackWebApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => api);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        return new SlackTestApp(app, clock, api, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.Support;

/// <summary>A <see cref="SlackWebApiClient"/> over the real retry handler and pacer, a fake clock and <see cref="FakeSlackApi"/>.</summary>
internal sealed class WebApiHarness : IDisposable
{
    public static readonly Uri BaseAddress = new("https://slack.example.test/api/");

    private readonly SlackRetryHandler _retry;

    public WebApiHarness()
    {
        Api = new FakeSlackApi { Clock = () => Clock.GetUtcNow() };
        _retry = new SlackRetryHandler(Clock, NullLogger.Instance) { InnerHandler = Api };
        Client = new SlackWebApiClient(new TestHttpClientFactory(_retry, BaseAddress), new SlackMethodPacer(Clock), Logger);
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(1763900000));

    public FakeSlackApi Api { get; }

    public RecordingLogger<SlackWebApiClient> Logger { get; } = new();

    public SlackWebApiClient Client { get; }

    public void Dispose()
    {
        _retry.Dispose();
        Api.Dispose();
    }
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AllyBot.Host.Tests.Edges;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static AllyBot.Host.Tests.Edges.SlackRequests;

namespace AllyBot.Host.Tests.Shutdown;

/// <summary>
/// Stopping the real host: it answers 503 with Retry-After once stopping (so platforms retry elsewhere), finishes the
/// entry in hand, gives claimed-but-unstarted work back, and a second host on the same database does the rest:
/// every accepted event nudged exactly once across both hosts.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const string SigningSecret = "shutdown-test-signing-secret-0123456789";
    private FakeSlackWebApi _slack = null!;

    [SetUp]
    public async Task StartSlack() => _slack = await FakeSlackWebApi.StartAsync();

    [TearDown]
    public async Task StopSlack() => await _slack.DisposeAsync();

    [Test]
    public async Task Request_WhileStopping_Answers503WithRetryAfterButHealthzStaysUp()
    {
        using var factory = Factory();
        var client = factory.CreateClient();
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        var events = await client.SendAsync(Signed(Event(0)));
        var ready = await client.GetAsync("/readyz");
        var health = await client.GetAsync("/healthz");
        await Task.Delay(300);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(events.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(events.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_slack.Calls, Is.Empty, "nothing accepted, nothing sent");
        }
    }

    [Test]
    public async Task Stop_MidBurst_NothingLostNothingTwiceAfterASecondHostStarts()
    {
        const int Events = 20;
        _slack.Delay = TimeSpan.FromMilliseconds(150);
        var first = Factory();
        using var keepAlive = new SqliteConnection(first.ConnectionString);
        keepAlive.Open();

        var client = first.CreateClient();
        for (var i = 0; i < Events; i++)
        {
            Assert.That((await client.SendAsync(Signed(Event(i)))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "accepted into the inbox");
        }

        await WaitUntilAsync(() => Nudges() >= 2);
        await first.DisposeAsync();
        var nudgedByFirst = Nudges();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(nudgedByFirst, Is.LessThan(Events), "the first host was stopped mid-burst");
            Assert.That(Scalar(keepAlive, "SELECT COUNT(*) FROM inbox WHERE done = 0 AND lease_owner IS NOT NULL"), Is.Zero, "no inbox entry left claimed");
            Assert.That(Scalar(keepAlive, "SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND lease_owner IS NOT NULL"), Is.Zero, "no outbox entry left claimed");
            Assert.That(Scalar(keepAlive, "SELECT COUNT(*) FROM inbox"), Is.EqualTo(Events), "every accepted event is in the inbox");
        }

        using var second = Factory(first.ConnectionString);
        second.CreateClient();
        await WaitUntilAsync(() => Nudges() >= Events && Scalar(keepAlive, "SELECT COUNT(*) FROM inbox WHERE done = 0") == 0, seconds: 30);
        await Task.Delay(500);

        var users = _slack.Calls.Where(c => c.Method == "chat.postEphemeral").Select(c => c.Fields["user"]).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(users, Has.Count.EqualTo(Events), "each event nudged once across both hosts");
            Assert.That(users.Distinct().Count(), Is.EqualTo(Events));
            Assert.That(Scalar(keepAlive, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'"), Is.EqualTo(Events));
        }
    }

    private AllyBotFactory Factory(string? connectionString = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-shutdown-test",
            ["Slack:ApiBaseUrl"] = _slack.BaseUrl,
            ["Outbox:PollInterval"] = "00:00:00.100",
        };
        if (connectionString is not null)
        {
            settings["ConnectionStrings:AllyBot"] = connectionString;
        }

        return new AllyBotFactory(settings);
    }

    private int Nudges() => _slack.Calls.Count(c => c.Method == "chat.postEphemeral");

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, int seconds = 10)
    {
        for (var waited = 0; waited < seconds * 20 && !condition(); waited++)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>The recorded channel message, as delivery <paramref name="n"/> from its own author.</summary>
    private static string Event(int n) =>
        Fixture("event-message-channel.json")
            .Replace("U0AUTHOR1", $"U0SHUT{n:D3}", StringComparison.Ordinal)
            .Replace("Ev0MSGCHAN01", $"Ev0SHUT{n:D3}", StringComparison.Ordinal)
            .Replace("1763900000.000100", $"1763900000.{n + 100:D6}", StringComparison.Ordinal)
            .Replace("6d1f0c7e-1f64-4d0e-9b83-2b0b8f7b9c11", Guid.NewGuid().ToString(), StringComparison.Ordinal);

    private static HttpRequestMessage Signed(string body) => SignedEvent(body, SigningSecret);
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AllyBot.Host.Tests.Edges;
using Microsoft.Data.Sqlite;
using static AllyBot.Host.Tests.Edges.SlackRequests;

namespace AllyBot.Host.Tests.Outbox;

/// <summary>
/// The outbox through the real host and a fake Slack that fails on purpose: a nudge that could not be sent is
/// retried until Slack takes it (once), a permanent failure (Slack refuses the message itself) is dead-lettered at once, too many failures are
/// dead-lettered after Outbox:MaxAttempts; in every case the payload (the nudge's private text) is gone afterwards.
/// </summary>
public sealed class OutboxThroughHostTests
{
    private const string SigningSecret = "outbox-test-signing-secret-0123456789";
    private FakeSlackWebApi _slack = null!;
    private AllyBotFactory _factory = null!;

    [SetUp]
    public async Task Start()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _factory = new AllyBotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-outbox-test",
            ["Slack:ApiBaseUrl"] = _slack.BaseUrl,
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:BaseDelay"] = "00:00:00.100",
            ["Outbox:MaxDelay"] = "00:00:00.200",
            ["Outbox:MaxAttempts"] = "3",
        });
    }

    [TearDown]
    public async Task Stop()
    {
        _factory.Dispose();
        await _slack.DisposeAsync();
    }

    [Test]
    public async Task Nudge_SlackFailsTwiceThenAccepts_SentExactlyOnceAndReceiptRemembered()
    {
        _slack.Failure = (method, earlier) => method == "chat.postEphemeral" && earlier < 2 ? "internal_error" : null;

        await PostMessageAsync();

        Assert.That(await WaitForAsync("SELECT COUNT(*) FROM outbox WHERE status = 'sent'", 1), Is.EqualTo(1));
        await Task.Delay(500);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_slack.Calls.Count(c => c.Method == "chat.postEphemeral"), Is.EqualTo(3), "two failures, then one success, nothing after");
            Assert.That(await WaitForAsync("SELECT COUNT(*) FROM sent_nudges", 1), Is.EqualTo(1), "the receipt is remembered for edits");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE payload IS NOT NULL"), Is.Zero);
            Assert.That(await ScalarAsync("SELECT attempts FROM outbox"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Nudge_SlackRefusesForGood_DeadLetteredAfterOneAttemptWithoutText()
    {
        _slack.Failure = (method, _) => method == "chat.postEphemeral" ? "invalid_blocks" : null;

        await PostMessageAsync();

        Assert.That(await WaitForAsync("SELECT COUNT(*) FROM outbox WHERE status = 'dead'", 1), Is.EqualTo(1));
        await Task.Delay(500);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_slack.Calls.Count(c => c.Method == "chat.postEphemeral"), Is.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE payload IS NOT NULL"), Is.Zero);
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE last_error = 'invalid_blocks'"), Is.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM sent_nudges"), Is.Zero);
        }
    }

    [Test]
    public async Task Nudge_SlackKeepsFailing_DeadLetteredAfterMaxAttempts()
    {
        _slack.Failure = (method, _) => method == "chat.postEphemeral" ? "internal_error" : null;

        await PostMessageAsync();

        Assert.That(await WaitForAsync("SELECT COUNT(*) FROM outbox WHERE status = 'dead'", 1), Is.EqualTo(1));
        await Task.Delay(500);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_slack.Calls.Count(c => c.Method == "chat.postEphemeral"), Is.EqualTo(3), "Outbox:MaxAttempts");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE payload IS NOT NULL"), Is.Zero);
        }
    }

    [Test]
    public async Task Nudge_SlackDown_CircuitOpensSendsStopAndReadyzReportsIt()
    {
        _slack.Failure = (method, _) => method == "chat.postEphemeral" ? "internal_error" : null;
        _factory.Settings["Outbox:MaxAttempts"] = "50";
        _factory.Settings["Outbox:CircuitMinimumThroughput"] = "2";
        _factory.Settings["Outbox:CircuitBreakDuration"] = "00:01:00";

        await PostMessageAsync();

        var client = _factory.CreateClient();
        string ready = "";
        for (var attempt = 0; attempt < 200 && !ready.Contains("\"openCircuits\":[\"Slack\"]", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(50);
            ready = await client.GetStringAsync("/readyz");
        }

        var callsWhenOpen = _slack.Calls.Count(c => c.Method == "chat.postEphemeral");
        await Task.Delay(700);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ready, Does.Contain("\"openCircuits\":[\"Slack\"]"));
            Assert.That(_slack.Calls.Count(c => c.Method == "chat.postEphemeral"), Is.EqualTo(callsWhenOpen).And.EqualTo(2), "no call while the circuit is open");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND payload IS NOT NULL"), Is.EqualTo(1), "the nudge waits in the outbox");
        }
    }

    private async Task PostMessageAsync()
    {
        var response = await _factory.CreateClient().SendAsync(Signed(Fixture("event-message-channel.json")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task<long> WaitForAsync(string sql, long expected)
    {
        var value = await ScalarAsync(sql);
        for (var attempt = 0; attempt < 200 && value != expected; attempt++)
        {
            await Task.Delay(50);
            value = await ScalarAsync(sql);
        }

        return value;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = _factory.OpenDatabase();
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static HttpRequestMessage Signed(string body) => SignedEvent(body, SigningSecret);
}

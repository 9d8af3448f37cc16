using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using static AllyBot.Host.Tests.Edges.SlackRequests;

namespace AllyBot.Host.Tests.Edges;

/// <summary>
/// Slack end to end through the real host: a signed Events API delivery is verified, persisted, acknowledged,
/// processed by the core, and the nudge leaves through the Slack Web API as an ephemeral message to the author.
/// </summary>
public sealed class SlackThroughHostTests
{
    private const string SigningSecret = "host-test-signing-secret-0123456789";
    private FakeSlackWebApi _slack = null!;
    private AllyBotFactory _factory = null!;

    [SetUp]
    public async Task Start()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _factory = new AllyBotFactory(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-host-test",
            ["Slack:ApiBaseUrl"] = _slack.BaseUrl,
        });
    }

    [TearDown]
    public async Task Stop()
    {
        _factory.Dispose();
        await _slack.DisposeAsync();
    }

    private static HttpRequestMessage Signed(string body, string secret = SigningSecret) => SignedEvent(body, secret);

    [Test]
    public async Task Events_FlaggedChannelMessage_SendsAnEphemeralNudgeToTheAuthorInSlack()
    {
        var response = await _factory.CreateClient().SendAsync(Signed(Fixture("event-message-channel.json")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var call = await WaitForCallAsync("chat.postEphemeral");
        Assert.Multiple(() =>
        {
            Assert.That(call.Fields["channel"], Is.EqualTo("C0GENERAL1"));
            Assert.That(call.Fields["user"], Is.EqualTo("U0AUTHOR1"));
            Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-host-test"));
            Assert.That(call.Fields["blocks"], Does.Contain("everyone").And.Contain("sanity check"));
        });
    }

    [Test]
    public async Task Readyz_AfterSlackCalls_ReportsTheOutboundHostAsHealthy()
    {
        var client = _factory.CreateClient();
        await client.SendAsync(Signed(Fixture("event-message-channel.json")));
        await WaitForCallAsync("chat.postEphemeral");

        using var ready = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/readyz"));

        var host = ready.RootElement.GetProperty("outbound").GetProperty("127.0.0.1");
        Assert.That(host.GetProperty("lastStatus").GetInt32(), Is.EqualTo(200));
        Assert.That(host.GetProperty("failingSince").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Events_SameDeliveryRetried_IsProcessedOnce()
    {
        var body = Fixture("event-message-channel.json");
        var client = _factory.CreateClient();

        await client.SendAsync(Signed(body));
        await WaitForCallAsync("chat.postEphemeral");
        var retry = Signed(body);
        retry.Headers.Add("X-Slack-Retry-Num", "1");
        retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        var second = await client.SendAsync(retry);
        await Task.Delay(500);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_slack.Calls.Count(c => c.Method == "chat.postEphemeral"), Is.EqualTo(1));
    }

    [Test]
    public async Task Events_BadSignature_IsRefusedAndNothingIsSent()
    {
        var response = await _factory.CreateClient().SendAsync(Signed(Fixture("event-message-channel.json"), secret: "wrong-secret"));
        await Task.Delay(300);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_slack.Calls, Is.Empty);
    }

    [Test]
    public async Task Events_EditThatAddsNothingThenDelete_NoSecondNudgeAndTheSentNudgeIsForgotten()
    {
        var client = _factory.CreateClient();
        await client.SendAsync(Signed(Fixture("event-message-channel.json")));
        await WaitForCallAsync("chat.postEphemeral");
        Assert.That(await WaitForSentNudgeRowsAsync(1), Is.EqualTo(1), "the sent nudge is remembered");

        await client.SendAsync(Signed(Fixture("event-message-changed.json")));
        await client.SendAsync(Signed(Fixture("event-message-deleted.json")));

        Assert.That(await WaitForSentNudgeRowsAsync(0), Is.Zero, "the delete withdrew the nudge");
        Assert.That(_slack.Calls.Select(c => c.Method), Is.EqualTo(new[] { "chat.postEphemeral" }), "an edit with the same rules sends nothing; an ephemeral cannot be deleted");
    }

    private async Task<long> WaitForSentNudgeRowsAsync(long expected)
    {
        var rows = await SentNudgeRowsAsync();
        for (var attempt = 0; attempt < 200 && rows != expected; attempt++)
        {
            await Task.Delay(50);
            rows = await SentNudgeRowsAsync();
        }

        return rows;
    }

    private async Task<long> SentNudgeRowsAsync()
    {
        await using var connection = _factory.OpenDatabase();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sent_nudges";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Test]
    public async Task Teams_WithoutAppIdOutsideDevelopment_RefusesUnsignedActivities()
    {
        var response = await _factory.CreateClient().PostAsync("/api/messages", new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private async Task<(string Method, Dictionary<string, string> Fields, string? Authorization)> WaitForCallAsync(string method)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var call = _slack.Calls.FirstOrDefault(c => c.Method == method);
            if (call.Method is not null)
            {
                return call;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"AllyBot did not call {method} within 10 seconds. Calls: {string.Join(", ", _slack.Calls.Select(c => c.Method))}");
    }
}

using System.Net;
using System.Text.Json.Nodes;
using static AllyBot.Host.Tests.Edges.SlackRequests;

namespace AllyBot.Host.Tests.Edges;

/// <summary>
/// Slack App Home through the real host: <c>app_home_opened</c> is verified, persisted and acked; the inbox worker
/// offers it to the Slack edge's handler, which builds the member's settings view and publishes it with
/// <c>views.publish</c>.
/// </summary>
public sealed class SlackAppHomeThroughHostTests
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

    [Test]
    public async Task AppHomeOpened_MemberSlackCannotConfirmAsAdmin_PublishesTheirSettingsWithoutTheAdminPart()
    {
        var response = await _factory.CreateClient().SendAsync(SignedEvent(Fixture("event-app-home-opened.json"), SigningSecret));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var call = await WaitForCallAsync("views.publish");
        Assert.That(call.Fields["user_id"], Is.EqualTo("U0ADMIN01"));
        Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-host-test"));
        var view = JsonNode.Parse(call.Fields["view"])!;
        Assert.That((string?)view["type"], Is.EqualTo("home"));
        Assert.That(view.ToJsonString(), Does.Contain("Your AllyBot settings").And.Not.Contain("Workspace settings"));
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

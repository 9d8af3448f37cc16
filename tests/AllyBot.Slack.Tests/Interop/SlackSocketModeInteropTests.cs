using System.Text.Json.Nodes;
using AllyBot.Slack.Tests.Support;

namespace AllyBot.Slack.Tests.Interop;

/// <summary>
/// The official <c>@slack/socket-mode</c> client against the fake Slack that the Socket Mode tests use: the fake must
/// satisfy the official client, and the official client's acks must be exactly the ones AllyBot sends.
/// </summary>
[Category("Interop")]
public sealed class SlackSocketModeInteropTests
{
    [Test]
    public async Task OfficialClient_FakeSlackEnvelopes_AckedLikeAllyBot()
    {
        NodePeer.RequireInstalled();
        await using var slack = await FakeSocketModeSlack.StartAsync();
        var client = NodePeer.RunAsync("socket-client.js", "", slack.ApiBaseUrl.AbsoluteUri, "xapp-1-A0ALLYBOT1-official", "2");

        var connection = await slack.NextConnectionAsync();
        await connection.SendAsync(Payloads.Read("socket-hello.json"));
        await connection.SendAsync(Payloads.Read("socket-envelope-events-api.json"));
        var eventAck = await connection.ReceiveAsync();
        await connection.SendAsync(Payloads.Read("socket-envelope-slash-command.json"));
        var commandAck = await connection.ReceiveAsync();
        var output = await client;
        await connection.EndAsync(drop: true);

        // The same literals SlackSocketModeServiceTests expects from AllyBot.
        Assert.That(JsonNode.DeepEquals(eventAck, JsonNode.Parse("""{"envelope_id":"dbdd0ef3-1543-4f94-bfb4-133d0e6c1545","payload":{}}""")), Is.True, eventAck?.ToJsonString());
        Assert.That(JsonNode.DeepEquals(commandAck, JsonNode.Parse("""{"envelope_id":"6a1c4e3b-9b22-4c8e-8f39-0f4f2d7c1e02","payload":{}}""")), Is.True, commandAck?.ToJsonString());
        Assert.That(output, Does.Contain("\"type\":\"events_api\"").And.Contain("\"type\":\"slash_commands\""));
        Assert.That(slack.OpenCalls.Single(), Is.EqualTo("Bearer xapp-1-A0ALLYBOT1-official"));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.Tests.Outbound;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllyBot.Slack.Tests.Interop;

/// <summary>AllyBot's Web API calls against a node fake that the official <c>@slack/web-api</c> WebClient is also run against.</summary>
[Category("Interop")]
public sealed class SlackWebApiInteropTests
{
    private static (SlackWebApiClient Client, IDisposable Handlers) AllyBotClient(NodePeer fake)
    {
        var retry = new SlackRetryHandler(TimeProvider.System, NullLogger.Instance) { InnerHandler = new HttpClientHandler() };
        var client = new SlackWebApiClient(new TestHttpClientFactory(retry, new Uri(fake.BaseUrl, "api/")), new SlackMethodPacer(TimeProvider.System), new RecordingLogger<SlackWebApiClient>());
        return (client, retry);
    }

    private static async Task<JsonElement[]> CallsAsync(NodePeer fake)
    {
        using var http = new HttpClient();
        return [.. JsonDocument.Parse(await http.GetStringAsync(new Uri(fake.BaseUrl, "calls"))).RootElement.EnumerateArray()];
    }

    [Test]
    public async Task PostEphemeral_Nudge_SameShapeAsOfficialWebClient()
    {
        await using var fake = await NodePeer.StartAsync("fake-web-api.js");
        var blocks = SlackNudgeRenderer.Render(SlackNudgeRendererTests.TwoItems);
        var arguments = new JsonObject
        {
            ["channel"] = "C0GENERAL1",
            ["user"] = "U0AUTHOR1",
            ["text"] = SlackNudgeRenderer.FallbackText,
            ["blocks"] = blocks.DeepClone(),
            ["thread_ts"] = "1763900000.000100",
        };
        var official = await NodePeer.RunAsync("webclient-call.js", arguments.ToJsonString(), new Uri(fake.BaseUrl, "api/").AbsoluteUri, "xoxb-interop", "chat.postEphemeral");
        var (client, handlers) = AllyBotClient(fake);
        using (handlers)
        {
            await client.PostEphemeralAsync("xoxb-interop", "T0AB12CD3", "C0GENERAL1", "U0AUTHOR1", SlackNudgeRenderer.FallbackText, blocks, "1763900000.000100");
        }

        var calls = await CallsAsync(fake);
        Assert.That(JsonDocument.Parse(official).RootElement.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(calls, Has.Length.EqualTo(2));
        var (theirs, ours) = (calls[0], calls[1]);
        Assert.That(ours.GetProperty("method").GetString(), Is.EqualTo(theirs.GetProperty("method").GetString()));
        Assert.That(ours.GetProperty("contentType").GetString(), Is.EqualTo(theirs.GetProperty("contentType").GetString()));
        Assert.That(ours.GetProperty("authorization").GetString(), Is.EqualTo(theirs.GetProperty("authorization").GetString()));
        var theirForm = theirs.GetProperty("form").Deserialize<Dictionary<string, string>>()!;
        var ourForm = ours.GetProperty("form").Deserialize<Dictionary<string, string>>()!;
        Assert.That(ourForm.Keys, Is.EquivalentTo(theirForm.Keys));
        foreach (var key in theirForm.Keys.Where(k => k != "blocks"))
        {
            Assert.That(ourForm[key], Is.EqualTo(theirForm[key]), key);
        }

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(ourForm["blocks"]), JsonNode.Parse(theirForm["blocks"])), Is.True, "blocks as a JSON string, like the WebClient");
    }

    [Test]
    public async Task PostMessage_RateLimited_WaitsRetryAfterAndSucceeds()
    {
        await using var fake = await NodePeer.StartAsync("fake-web-api.js");
        using (var http = new HttpClient())
        {
            using var armed = await http.PostAsync(new Uri(fake.BaseUrl, "control/ratelimit?method=chat.postMessage&count=2&retryAfter=1"), null);
        }

        var (client, handlers) = AllyBotClient(fake);
        using (handlers)
        {
            var answer = await client.PostMessageAsync("xoxb-interop", "T0AB12CD3", "D0FAKEDM1", "Your weekly kudos prompt");
            Assert.That(answer.Ts, Is.EqualTo("1763900002.000222"));
        }

        var calls = await CallsAsync(fake);
        Assert.That(calls, Has.Length.EqualTo(3), "two 429s, then the success");
        var at = calls.Select(c => c.GetProperty("at").GetInt64()).ToArray();
        Assert.That(at[1] - at[0], Is.GreaterThanOrEqualTo(1000));
        Assert.That(at[2] - at[1], Is.GreaterThanOrEqualTo(1000));
        Assert.That(calls.Select(c => c.GetProperty("form").GetProperty("text").GetString()), Is.All.EqualTo("Your weekly kudos prompt"));
    }
}

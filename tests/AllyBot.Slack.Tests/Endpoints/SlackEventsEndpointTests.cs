using System.Net;
using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Tests.Support;

namespace AllyBot.Slack.Tests.Endpoints;

public sealed class SlackEventsEndpointTests
{
    private static async Task<HttpResponseMessage> PostAsync(SlackTestApp app, string payload, int? retryNum = null)
    {
        using var request = SlackTestSigner.Json(SlackEventsEndpoint.Path, Payloads.Read(payload), SlackTestApp.Now);
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await app.Client.SendAsync(request);
    }

    [Test]
    public async Task Post_UrlVerification_EchoesChallengeAsJson()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostAsync(app, "event-url-verification.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}"""));
        Assert.That(app.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Post_MessageInChannel_PersistsAndAcksEmpty()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostAsync(app, "event-message-channel.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(app.Inbox.Messages.Single().MessageId, Is.EqualTo("1763900000.000100"));
    }

    [Test]
    public async Task Post_RetriesOfTheSameEvent_AcceptedOnceAndAllAcked()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var first = await PostAsync(app, "event-message-channel.json");
        using var retry1 = await PostAsync(app, "event-message-channel.json", retryNum: 1);
        using var retry2 = await PostAsync(app, "event-message-channel.json", retryNum: 2);

        Assert.That(new[] { first.StatusCode, retry1.StatusCode, retry2.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(app.Inbox.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_AppMentionAndItsMessageTwin_AcceptedOnce()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var mention = await PostAsync(app, "event-app-mention.json");
        using var twin = await PostAsync(app, "event-app-mention-message-twin.json");

        Assert.That(app.Inbox.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_EditsAndDelete_PersistedAsEditsAndDeletionOnce()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var original = await PostAsync(app, "event-message-channel.json");
        using var edit = await PostAsync(app, "event-message-changed.json");
        using var clean = await PostAsync(app, "event-message-changed-clean.json");
        using var retried = await PostAsync(app, "event-message-changed-clean.json", retryNum: 1);
        using var delete = await PostAsync(app, "event-message-deleted.json");

        Assert.That(app.Inbox.Messages.Select(m => m.Text), Is.EqualTo(new[] { "hey guys, quick sanity check before the demo" }));
        Assert.That(app.Inbox.Edits.Select(e => e.Message.Text), Is.EqualTo(new[]
        {
            "hey guys, quick sanity check before the demo at 3",
            "hey everyone, quick check before the demo",
        }));
        Assert.That(app.Inbox.Deletions.Single().MessageId, Is.EqualTo("1763900000.000100"));
    }

    [TestCase("event-bot-message.json")]
    [TestCase("event-member-joined-channel.json")]
    [TestCase("event-channel-created.json")]
    public async Task Post_EventNotForCore_AckedAndIgnored(string payload)
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostAsync(app, payload);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(app.Inbox.Accepted, Is.Empty);
    }

    [TestCase("event-app-uninstalled.json")]
    [TestCase("event-tokens-revoked.json")]
    public async Task Post_Uninstall_DeletesInstallation(string payload)
    {
        await using var app = await SlackTestApp.StartAsync();
        await app.Store.SaveAsync(new Installation(ChatPlatform.Slack, "T0AB12CD3", [1, 2, 3], SlackTestApp.Now));
        await app.Store.SaveAsync(new Installation(ChatPlatform.Slack, "T0OTHER", [4], SlackTestApp.Now));

        using var response = await PostAsync(app, payload);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await app.Store.GetAsync(ChatPlatform.Slack, "T0AB12CD3"), Is.Null);
        Assert.That(await app.Store.GetAsync(ChatPlatform.Slack, "T0OTHER"), Is.Not.Null);
    }

    [Test]
    public async Task Post_EveryRecordedEvent_NoLogLineCarriesMessageText()
    {
        await using var app = await SlackTestApp.StartAsync();
        string[] payloads =
        [
            "event-message-channel.json", "event-message-thread.json", "event-message-changed.json", "event-message-deleted.json",
            "event-bot-message.json", "event-app-mention.json", "event-app-mention-message-twin.json", "event-message-channel.json",
        ];

        foreach (var payload in payloads)
        {
            using var response = await PostAsync(app, payload, retryNum: 1);
        }

        Assert.That(app.Logs.Lines, Is.Not.Empty);
        Assert.That(app.Logs.Lines, Has.None.Contain("guys").And.None.Contain("crazy"));
    }
}

using System.Net;
using AllyBot.Core.Conversations;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Tests.Support;

namespace AllyBot.Slack.Tests.Endpoints;

public sealed class SlackCommandsEndpointTests
{
    [Test]
    public async Task Post_AllyTips_PersistsCommandAndAcksEmpty()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Form(SlackCommandsEndpoint.Path, Payloads.Read("command-ally-tips.txt"), SlackTestApp.Now);

        using var response = await app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(app.Inbox.Commands.Single(), Is.EqualTo(new ChatCommand(
            new ChatAddress(ChatPlatform.Slack, "T0AB12CD3", "C0GENERAL1"), new ChatUser("U0AUTHOR1"), "tips gendered-terms")));
    }

    [Test]
    public async Task Post_SameCommandTwice_AcceptedOnce()
    {
        await using var app = await SlackTestApp.StartAsync();

        for (var i = 0; i < 2; i++)
        {
            using var request = SlackTestSigner.Form(SlackCommandsEndpoint.Path, Payloads.Read("command-ally-tips.txt"), SlackTestApp.Now);
            using var response = await app.Client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(app.Inbox.Commands, Has.Count.EqualTo(1));
    }
}

using System.Net;
using AllyBot.Core.Replies;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Tests.Support;

namespace AllyBot.Slack.Tests.Endpoints;

public sealed class SlackInteractivityEndpointTests
{
    private static async Task<HttpResponseMessage> PostAsync(SlackTestApp app, string form)
    {
        using var request = SlackTestSigner.Form(SlackInteractivityEndpoint.Path, form, SlackTestApp.Now);
        return await app.Client.SendAsync(request);
    }

    [Test]
    public async Task Post_NudgeButton_PersistsChatButtonAndAcksEmpty()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostAsync(app, Payloads.AsInteractivityForm("interaction-block-actions-not-helpful.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        var button = app.Inbox.Buttons.Single();
        Assert.That(button.ActionId, Is.EqualTo(NudgeActions.NotHelpful));
        Assert.That(button.Value, Is.EqualTo("gendered-terms/guys-for-groups ableism/crazy"));
    }

    [Test]
    public async Task Post_EmptyDraftSubmitted_AnswersFieldErrors()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostAsync(app, Payloads.AsInteractivityForm("interaction-view-submission-empty.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"response_action\":\"errors\""));
        Assert.That(app.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Post_DraftSubmitted_PersistsCheckCommandAndClosesModal()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostAsync(app, Payloads.AsInteractivityForm("interaction-view-submission.json"));

        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(app.Inbox.Commands.Single().Text, Is.EqualTo("check Hi guys, the new hire is a real ninja"));
    }

    [Test]
    public async Task Post_CheckShortcut_OpensModalWithTriggerId()
    {
        await using var app = await SlackTestApp.StartAsync();
        const string Shortcut = """{"type":"shortcut","callback_id":"ally-check","trigger_id":"111.222.abc","team":{"id":"T0AB12CD3"},"user":{"id":"U0AUTHOR1"}}""";

        using var response = await PostAsync(app, "payload=" + Uri.EscapeDataString(Shortcut));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var call = app.Api.CallsTo("views.open").Single();
        Assert.That(call.Form["trigger_id"], Is.EqualTo("111.222.abc"));
        Assert.That(call.Form["view"], Does.Contain("\"callback_id\":\"ally-check\""));
        Assert.That(call.Authorization, Is.EqualTo("Bearer xoxb-test-token"));
    }
}

using System.Net;
using System.Text.Json;
using AllyBot.Core.Conversations;
using AllyBot.Core.Replies;
using AllyBot.Teams.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Tests.Inbound;

/// <summary>POST /api/messages end to end through AddTeams/MapTeams on a TestServer.</summary>
public sealed class ActivityEndpointTests
{
    private TeamsTestHost _host = null!;

    [SetUp]
    public async Task StartAsync() => _host = await TeamsTestHost.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Post_WithoutToken_Is401AndPersistsNothing()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("group-chat-message.json"), token: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_host.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Post_BadToken_Is401()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("channel-message-mention.json"), _host.Issuer.Mint(_host.Clock.GetUtcNow(), audience: "someone-else"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Post_TokenForAnotherServiceUrl_Is401()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("channel-message-mention.json"), _host.GoodToken("https://smba.trafficmanager.net/emea/"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_host.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Post_KeyNotEndorsedForChannel_Is403()
    {
        _host.Issuer.AddKey("webchat-only", ["webchat"]);

        using var response = await _host.PostAsync(ActivityFiles.Read("channel-message-mention.json"), _host.GoodToken());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("malformed.txt")]
    [TestCase("missing-type.json")]
    public async Task Post_MalformedBodyWithGoodToken_Is400(string file)
    {
        using var response = await _host.PostAsync(ActivityFiles.Read(file), _host.GoodToken());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Post_ChannelMessage_Is200AndPersisted()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("channel-message-mention.json"), _host.GoodToken());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        var message = _host.Inbox.Messages.Single();
        Assert.That(message.Text, Is.EqualTo("hey <at>Alex Doe</at>, thanks guys for the quick fix & the review!"));
        Assert.That(message.Where.Platform, Is.EqualTo(ChatPlatform.Teams));
    }

    [Test]
    public async Task Post_SameActivityTwice_IsAcceptedOnce()
    {
        using var first = await _host.PostAsync(ActivityFiles.Read("group-chat-message.json"), _host.GoodToken("https://smba.trafficmanager.net/emea/"));
        using var again = await _host.PostAsync(ActivityFiles.Read("group-chat-message.json"), _host.GoodToken("https://smba.trafficmanager.net/emea/"));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_host.Inbox.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_Message_RemembersTheTenantsConversationReference()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("channel-message-mention.json"), _host.GoodToken());

        var installation = await _host.Store.GetAsync(ChatPlatform.Teams, "72f988bf-86f1-41af-91ab-2d7cd011db47");
        Assert.That(installation, Is.Not.Null);
        Assert.That(System.Text.Encoding.UTF8.GetString(installation!.Secret), Does.Not.Contain("smba"), "the reference is stored encrypted");
    }

    [Test]
    public async Task Post_AdaptiveCardInvoke_AnswersInTheBodyAndPersistsButton()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("invoke-adaptive-card-action.json"), _host.GoodToken());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("statusCode").GetInt32(), Is.EqualTo(200));
        Assert.That(body.RootElement.GetProperty("type").GetString(), Is.EqualTo("application/vnd.microsoft.activity.message"));
        Assert.That(body.RootElement.GetProperty("value").GetString(), Is.Not.Empty);
        Assert.That(_host.Inbox.Buttons.Single().ActionId, Is.EqualTo(NudgeActions.NotHelpful));
    }

    [Test]
    public async Task Post_UnknownInvoke_Is501()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("invoke-unknown.json"), _host.GoodToken());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotImplemented));
    }

    [Test]
    public async Task Post_InstallThenUninstall_SavesThenDeletesTheInstallation()
    {
        using (await _host.PostAsync(ActivityFiles.Read("installation-update-add.json"), _host.GoodToken()))
        {
            Assert.That(await _host.Store.GetAsync(ChatPlatform.Teams, "72f988bf-86f1-41af-91ab-2d7cd011db47"), Is.Not.Null);
        }

        using var removed = await _host.PostAsync(ActivityFiles.Read("installation-update-remove.json"), _host.GoodToken());

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await _host.Store.GetAsync(ChatPlatform.Teams, "72f988bf-86f1-41af-91ab-2d7cd011db47"), Is.Null);
    }

    [Test]
    public async Task Post_EditAndDelete_Are200AndPersistedOnceEach()
    {
        using var edit = await _host.PostAsync(ActivityFiles.Read("message-update.json"), _host.GoodToken());
        using var delete = await _host.PostAsync(ActivityFiles.Read("message-delete.json"), _host.GoodToken());
        using var retried = await _host.PostAsync(ActivityFiles.Read("message-delete.json"), _host.GoodToken());

        Assert.That(new[] { edit.StatusCode, delete.StatusCode, retried.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(_host.Inbox.Edits.Single().Message.MessageId, Is.EqualTo("1763630142123"));
        Assert.That(_host.Inbox.Deletions.Single().MessageId, Is.EqualTo("1763630142123"));
    }

    [Test]
    public async Task Post_NoAppIdInDevelopment_AcceptsWithoutToken()
    {
        await _host.DisposeAsync();
        _host = await TeamsTestHost.StartAsync(new Dictionary<string, string?>(), environment: "Development");

        using var response = await _host.PostAsync(ActivityFiles.Read("group-chat-message.json"), token: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_host.Inbox.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_NoAppIdInProduction_Is401()
    {
        await _host.DisposeAsync();
        _host = await TeamsTestHost.StartAsync(new Dictionary<string, string?>());

        using var response = await _host.PostAsync(ActivityFiles.Read("group-chat-message.json"), token: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void Start_HttpMetadataUrlOutsideDevelopment_FailsNamingTheKey()
    {
        var settings = new Dictionary<string, string?> { ["Teams:AppId"] = TestIssuer.AppId, ["Teams:OpenIdMetadataUrl"] = "http://login.test/meta" };

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(settings));

        Assert.That(error!.Message, Does.Contain("Teams:OpenIdMetadataUrl"));
    }

    [Test]
    public async Task Post_SettingsPressWithCoreAdminServices_AnswersWithTheRefreshedCardAsJson()
    {
        using var world = new CardWorld();
        await using var host = await TeamsTestHost.StartAsync(services: s => s.AddSingleton(world.Actions).AddSingleton(world.Views).AddSingleton(world.Access).AddSingleton(world.CustomRules));

        using var response = await host.PostAsync(ActivityFiles.Read("invoke-settings-snooze.json"), host.GoodToken());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("type").GetString(), Is.EqualTo("application/vnd.microsoft.card.adaptive"));
        var card = body.RootElement.GetProperty("value");
        Assert.That(card.GetProperty("type").GetString(), Is.EqualTo("AdaptiveCard"));
        Assert.That(card.GetRawText(), Does.Contain("snooze off").And.Contain("Nudges snoozed until 2026-11-20 11:00 UTC"));
        Assert.That(host.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Post_SettingsPressWithoutCoreAdminServices_SaysSettingsAreUnavailable()
    {
        using var response = await _host.PostAsync(ActivityFiles.Read("invoke-settings-snooze.json"), _host.GoodToken());

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("type").GetString(), Is.EqualTo("application/vnd.microsoft.activity.message"));
        Assert.That(body.RootElement.GetProperty("value").GetString(), Is.EqualTo(AllyBot.Teams.Cards.CardText.Unavailable));
    }
}

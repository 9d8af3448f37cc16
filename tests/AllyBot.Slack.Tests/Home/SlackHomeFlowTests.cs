using System.Net;
using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Rules.Model;
using AllyBot.Slack.Home;
using AllyBot.Slack.Tests.Support;
using static AllyBot.Slack.Tests.Home.SlackHomeScript;

namespace AllyBot.Slack.Tests.Home;

/// <summary>App Home from Slack's side: the tab opened, settings buttons pressed, each published back in the background.</summary>
public sealed class SlackHomeFlowTests
{
    [Test]
    public async Task AppHomeOpened_Admin_AcksThenPublishesTheirViewWithTheAdminPart()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);

        using var response = await PostEventAsync(app, Payloads.Read("event-app-home-opened.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Published(app), Is.Empty, "the endpoint only persists and acks");
        var button = OnlyButton(app);
        Assert.That(button.Where, Is.EqualTo(SlackHomeAddress.For(Team)));
        Assert.That(button.ActionId, Is.EqualTo(SlackHomeActions.Opened));
        Assert.That(await RunInboxButtonsAsync(app), Is.EqualTo(1));
        var (userId, view) = Published(app).Single();
        Assert.That(userId, Is.EqualTo(AdminId));
        Assert.That((string?)view["type"], Is.EqualTo("home"));
        Assert.That(Texts(view), Does.Contain("Your AllyBot settings").And.Contain("Workspace settings (admins)").And.Contain("Add a custom rule"));
        Assert.That(app.Api.CallsTo("views.publish").Single().Authorization, Is.EqualTo("Bearer xoxb-test-token"));
    }

    [Test]
    public async Task AppHomeOpened_Member_PublishesOnlyTheirOwnSettings()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, false);

        await PostEventAsync(app, Payloads.Read("event-app-home-opened.json"));
        await RunInboxButtonsAsync(app);

        var view = Published(app).Single().View;
        Assert.That(Texts(view), Does.Contain("Your AllyBot settings").And.Contain("Snooze for 1 hour"));
        Assert.That(Texts(view), Does.Not.Contain("Workspace settings").And.Not.Contain("Add a custom rule").And.Not.Contain("Severity floor"));
    }

    [Test]
    public async Task AppHomeOpened_RetriedDelivery_PersistedOnce()
    {
        await using var app = await SlackTestApp.StartAsync();

        await PostEventAsync(app, Payloads.Read("event-app-home-opened.json"));
        await PostEventAsync(app, Payloads.Read("event-app-home-opened.json"));

        Assert.That(app.Inbox.Buttons, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AppHomeOpened_MessagesTab_Ignored()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await PostEventAsync(app, Payloads.Read("event-app-home-opened-messages-tab.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(app.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task HomeButton_Admin_AppliesTheCommandAndRepublishesWithTheNotice()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);

        using var response = await PostInteractionAsync(app, Payloads.Read("interaction-block-actions-home-setting.json"));

        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        var button = OnlyButton(app);
        Assert.That(button.ActionId, Is.EqualTo(SlackHomeActions.Setting));
        Assert.That(button.Value, Is.EqualTo("admin severity-floor warning"));
        Assert.That(button.User, Is.EqualTo(new ChatUser(AdminId)));
        Assert.That((await ConfigAsync(app)).SeverityFloor, Is.EqualTo(Severity.Suggestion), "nothing changes before the worker runs it");

        await RunInboxButtonsAsync(app);

        Assert.That((await ConfigAsync(app)).SeverityFloor, Is.EqualTo(Severity.Warning));
        var (userId, view) = Published(app).Single();
        Assert.That(userId, Is.EqualTo(AdminId));
        Assert.That((string?)view["blocks"]![0]!["text"]!["text"], Does.StartWith("Done"));
        Assert.That(Texts(view), Does.Contain("*Severity floor:* warning"));
    }

    [Test]
    public async Task HomeButton_ChannelLine_TurnsAllyBotBackOnThere()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        var press = JsonNode.Parse(Payloads.Read("interaction-block-actions-home-setting.json"))!;
        press["actions"]![0]!["value"] = "admin channel off <#C0NOISY01>";
        await PostInteractionAsync(app, press.ToJsonString());
        await RunInboxButtonsAsync(app);
        var silent = Published(app).Single().View["blocks"]!.AsArray().Single(b => ((string?)b!["block_id"])?.StartsWith(SlackHomeView.ChannelBlock, StringComparison.Ordinal) == true)!;
        Assert.That((string?)silent["text"]!["text"], Is.EqualTo("AllyBot is silent in <#C0NOISY01>"));

        var turnOn = JsonNode.Parse(Payloads.Read("interaction-block-actions-home-setting.json"))!;
        turnOn["actions"]![0]!["action_id"] = (string?)silent["accessory"]!["action_id"];
        turnOn["actions"]![0]!["value"] = (string?)silent["accessory"]!["value"];
        turnOn["actions"]![0]!["action_ts"] = "1763900201.000001";
        await PostInteractionAsync(app, turnOn.ToJsonString());
        await RunInboxButtonsAsync(app, skip: 1);

        Assert.That((await ConfigAsync(app)).ChannelsOff, Is.Empty);
        Assert.That(Texts(Published(app)[^1].View), Does.Not.Contain("silent in <#C0NOISY01>"));
    }

    [Test]
    public async Task HomeButton_NonAdminPressesAnAdminButton_RefusedAndNothingChanges()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, false);

        await PostInteractionAsync(app, Payloads.Read("interaction-block-actions-home-setting.json"));
        await RunInboxButtonsAsync(app);

        Assert.That((await ConfigAsync(app)).SeverityFloor, Is.EqualTo(Severity.Suggestion));
        var view = Published(app).Single().View;
        Assert.That((string?)view["blocks"]![0]!["text"]!["text"], Does.Contain("admins only"));
        Assert.That(Texts(view), Does.Not.Contain("Workspace settings"));
    }

    [Test]
    public async Task HomeButton_MemberSnoozes_SnoozeShownAndEndOffered()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, false);
        var press = JsonNode.Parse(Payloads.Read("interaction-block-actions-home-setting.json"))!;
        press["actions"]![0]!["action_id"] = $"{SlackHomeActions.Setting}:{SlackHomeView.MemberButtonsBlock}:0";
        press["actions"]![0]!["value"] = "snooze 1h";

        await PostInteractionAsync(app, press.ToJsonString());
        await RunInboxButtonsAsync(app);

        var texts = Texts(Published(app).Single().View);
        Assert.That(texts, Does.Contain("*Snooze:* until").And.Contain("End the snooze"));
    }

    [Test]
    public async Task HomeButton_NotASettingsCommand_RefusedWithoutRunning()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        var press = JsonNode.Parse(Payloads.Read("interaction-block-actions-home-setting.json"))!;
        press["actions"]![0]!["value"] = "admin grant <@U0OTHER01>";

        await PostInteractionAsync(app, press.ToJsonString());
        await RunInboxButtonsAsync(app);

        Assert.That((await ConfigAsync(app)).AdminIds, Is.Empty);
        Assert.That((string?)Published(app).Single().View["blocks"]![0]!["text"]!["text"], Is.EqualTo("That is not a settings action; nothing changed."));
    }

    [Test]
    public async Task EdgeButtonHandler_CoreButton_LeftToCore()
    {
        await using var app = await SlackTestApp.StartAsync();

        await PostInteractionAsync(app, Payloads.Read("interaction-block-actions-not-helpful.json"));

        Assert.That(await RunInboxButtonsAsync(app), Is.Zero);
        Assert.That(Published(app), Is.Empty);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Language;
using AllyBot.Core.Nudging;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Telemetry;
using AllyBot.Core.TeamSettings;
using AllyBot.Slack.Home;
using AllyBot.Slack.Tests.Support;
using AllyBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static AllyBot.Slack.Tests.Home.SlackHomeScript;

namespace AllyBot.Slack.Tests.Home;

/// <summary>The rule modal: opened from App Home or <c>/ally admin rule add</c>, submitted, checked, answered.</summary>
public sealed class SlackRuleModalFlowTests
{
    private static string WithText(string form, string text) => form.Replace("text=admin+rule+add", "text=" + Uri.EscapeDataString(text), StringComparison.Ordinal);

    [Test]
    public async Task AddRuleButton_Admin_OpensTheModalWithItsTriggerId()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);

        using var response = await PostInteractionAsync(app, Payloads.Read("interaction-block-actions-home-add-rule.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var call = app.Api.CallsTo("views.open").Single();
        Assert.That(call.Form["trigger_id"], Is.EqualTo("8123456789555.1234567890123.aaaabbbbccccddddeeeeffff00001111"));
        var view = JsonNode.Parse(call.Form["view"])!;
        Assert.That((string?)view["callback_id"], Is.EqualTo(SlackRuleModal.CallbackId));
        Assert.That((string?)view["private_metadata"], Is.EqualTo(SlackHomeAddress.ChannelId));
        Assert.That(view["blocks"]!.AsArray().Select(b => (string?)b!["block_id"]).Where(b => b is not null), Is.EqualTo(SlackRuleModal.Fields));
        Assert.That(app.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task AddRuleButton_NonAdmin_NoModalAndAdminsOnlyOnTheirHome()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, false);

        await PostInteractionAsync(app, Payloads.Read("interaction-block-actions-home-add-rule.json"));

        Assert.That(app.Api.CallsTo("views.open"), Is.Empty);
        Assert.That(OnlyButton(app).Value, Is.EqualTo(SlackRuleModalFlow.AdminsOnly));
        await RunInboxButtonsAsync(app);
        Assert.That((string?)Published(app).Single().View["blocks"]![0]!["text"]!["text"], Does.Contain("admins only"));
    }

    [Test]
    public async Task SlashRuleAdd_Admin_OpensTheModalAndPersistsNoCommand()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);

        using var response = await PostCommandAsync(app, Payloads.Read("command-ally-admin-rule-add.txt"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        var call = app.Api.CallsTo("views.open").Single();
        Assert.That(call.Form["trigger_id"], Is.EqualTo("8123456789012.1234567890123.0123456789abcdef0123456789abcdef"));
        Assert.That((string?)JsonNode.Parse(call.Form["view"])!["private_metadata"], Is.EqualTo("C0GENERAL1"));
        Assert.That(app.Inbox.Commands, Is.Empty);
    }

    [Test]
    public async Task SlashRuleAdd_NonAdmin_NoModalAndCoreAnswersAdminsOnly()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, false);

        await PostCommandAsync(app, Payloads.Read("command-ally-admin-rule-add.txt"));

        Assert.That(app.Api.CallsTo("views.open"), Is.Empty);
        Assert.That(app.Inbox.Commands.Single().Text, Is.EqualTo("admin rule add"));
    }

    [Test]
    public async Task SlashRuleAdd_WithYaml_GoesToCoreExactlyAsBefore()
    {
        await using var app = await SlackTestApp.StartAsync();
        var text = "admin rule add " + CustomRuleYaml.Rockstar;

        await PostCommandAsync(app, WithText(Payloads.Read("command-ally-admin-rule-add.txt"), text));

        Assert.That(app.Api.Calls, Is.Empty, "no admin check, no modal");
        Assert.That(app.Inbox.Commands.Single().Text, Is.EqualTo(text));
    }

    [Test]
    public async Task SlashRuleAdd_ModalRefusedBySlack_FallsBackToTheTextAnswer()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        app.Api.Answer("views.open", """{"ok":false,"error":"expired_trigger_id"}""");

        await PostCommandAsync(app, Payloads.Read("command-ally-admin-rule-add.txt"));

        Assert.That(app.Inbox.Commands.Single().Text, Is.EqualTo("admin rule add"));
    }

    [Test]
    public async Task SlashRuleAdd_AdminCheckSlowerThanTheBudget_NoModalAndTheTextAnswer()
    {
        var roles = new BlockingAdminRoles();
        await using var app = await SlackTestApp.StartAsync(configure: services => services.AddSingleton<IAdminPolicy>(sp =>
            new PlatformAdminPolicy(sp.GetRequiredService<IWorkspaceAdminStore>(), roles, sp.GetRequiredService<TimeProvider>())));

        var posting = PostCommandAsync(app, Payloads.Read("command-ally-admin-rule-add.txt"));
        await roles.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        app.Clock.Advance(SlackRuleModalFlow.AdminCheckBudget - TimeSpan.FromMilliseconds(1));
        Assert.That(posting.IsCompleted, Is.False, "still within the budget");
        app.Clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(app.Api.CallsTo("views.open"), Is.Empty);
        Assert.That(app.Inbox.Commands.Single().Text, Is.EqualTo("admin rule add"));
        Assert.That(app.Logs.Lines, Has.Some.Contains("TooSlow"));
    }

    [Test]
    public async Task RuleSubmitted_AdminCheckSlowerThanTheBudget_AnsweredInTimeAndNothingAdded()
    {
        var roles = new BlockingAdminRoles();
        await using var app = await SlackTestApp.StartAsync(configure: services => services.AddSingleton<IAdminPolicy>(sp =>
            new PlatformAdminPolicy(sp.GetRequiredService<IWorkspaceAdminStore>(), roles, sp.GetRequiredService<TimeProvider>())));

        var posting = PostInteractionAsync(app, Payloads.Read("interaction-view-submission-rule.json"));
        await roles.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        app.Clock.Advance(SlackRuleModalFlow.AdminCheckBudget);
        using var response = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.That((string?)errors[SlackRuleModal.Name], Is.EqualTo(SlackRuleModalFlow.CouldNotConfirm));
        Assert.That((await ConfigAsync(app)).CustomRules, Is.Empty);
    }

    [Test]
    public async Task RuleSubmitted_BadRule_ErrorsKeyedToTheirFieldsAndNothingAdded()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);

        using var response = await PostInteractionAsync(app, Payloads.Read("interaction-view-submission-rule-bad.json"));

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((string?)ack["response_action"], Is.EqualTo("errors"));
        var errors = ack["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { SlackRuleModal.Flag, SlackRuleModal.Pass }));
        Assert.That((string?)errors[SlackRuleModal.Flag], Does.Contain("we need a hero"));
        Assert.That((string?)errors[SlackRuleModal.Pass], Does.Contain("we need a rockstar"));
        Assert.That((await ConfigAsync(app)).CustomRules, Is.Empty);
        Assert.That(app.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task RuleSubmitted_UnknownPlaceholderAndBadName_EachUnderItsField()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        var submission = JsonNode.Parse(Payloads.Read("interaction-view-submission-rule.json"))!;
        submission["view"]!["state"]!["values"]![SlackRuleModal.Message]![SlackRuleModal.Message]!["value"] = "Try {better} instead of {match}.";

        using var response = await PostInteractionAsync(app, submission.ToJsonString());

        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EqualTo(new[] { SlackRuleModal.Message }));
        Assert.That((string?)errors[SlackRuleModal.Message], Does.StartWith("custom rule:").And.Contain("{better}"));
    }

    [Test]
    public async Task RuleSubmitted_UnknownSeverity_ErrorUnderSeverityAndNothingAdded()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        var submission = JsonNode.Parse(Payloads.Read("interaction-view-submission-rule.json"))!;
        submission["view"]!["state"]!["values"]![SlackRuleModal.Severity]![SlackRuleModal.Severity]!["selected_option"]!["value"] = "error";

        using var response = await PostInteractionAsync(app, submission.ToJsonString());

        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.That((string?)errors[SlackRuleModal.Severity], Is.EqualTo("Choose one of info, suggestion, warning."));
        Assert.That((await ConfigAsync(app)).CustomRules, Is.Empty);
    }

    [Test]
    public async Task RuleSubmitted_RuleExistsAlready_ErrorUnderTheName()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        await PostInteractionAsync(app, Payloads.Read("interaction-view-submission-rule.json"));
        var again = JsonNode.Parse(Payloads.Read("interaction-view-submission-rule.json"))!;
        again["view"]!["id"] = "V0RULE0009";

        using var response = await PostInteractionAsync(app, again.ToJsonString());

        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.That((string?)errors[SlackRuleModal.Name], Does.Contain("exists already"));
        Assert.That((await ConfigAsync(app)).CustomRules, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RuleSubmitted_NonAdmin_AdminsOnlyAndNothingAdded()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, false);

        using var response = await PostInteractionAsync(app, Payloads.Read("interaction-view-submission-rule.json"));

        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((string?)ack["errors"]![SlackRuleModal.Name], Is.EqualTo(SlackRuleModalFlow.AdminsOnly));
        Assert.That((await ConfigAsync(app)).CustomRules, Is.Empty);
    }

    [Test]
    public async Task RuleSubmitted_GoodRule_AddedModalClosedHomeToldAndTheNextMessageNudged()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);

        using var response = await PostInteractionAsync(app, Payloads.Read("interaction-view-submission-rule.json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty, "an empty ack closes the modal");
        Assert.That((await ConfigAsync(app)).CustomRules.Select(r => r.Id), Is.EqualTo(new[] { "custom/rockstar" }));
        await RunInboxButtonsAsync(app);
        var home = Published(app).Single().View;
        Assert.That((string?)home["blocks"]![0]!["text"]!["text"], Does.Contain("added custom rule `custom/rockstar`"));
        Assert.That(Texts(home), Does.Contain("*Custom rules:* 1"));

        var message = JsonNode.Parse(Payloads.Read("event-message-channel.json"))!;
        message["event"]!["text"] = "we need a rockstar for the launch";
        message["event"]!["blocks"] = new JsonArray();
        await PostEventAsync(app, message.ToJsonString());
        var nudge = await NudgerOf(app).HandleAsync(app.Inbox.Messages.Single());
        Assert.That(nudge?.Items.Select(i => i.RuleId), Is.EqualTo(new[] { "custom/rockstar" }));
    }

    [Test]
    public async Task RuleSubmitted_FromSlashCommand_AlsoToldInThatChannel()
    {
        await using var app = await SlackTestApp.StartAsync();
        AdminIs(app, true);
        var submission = JsonNode.Parse(Payloads.Read("interaction-view-submission-rule.json"))!;
        submission["view"]!["private_metadata"] = "C0GENERAL1";

        await PostInteractionAsync(app, submission.ToJsonString());
        var notice = OnlyButton(app);
        await RunInboxButtonsAsync(app);

        Assert.That(notice.Where, Is.EqualTo(new ChatAddress(ChatPlatform.Slack, Team, "C0GENERAL1")));
        var ephemeral = app.Api.CallsTo("chat.postEphemeral").Single();
        Assert.That(ephemeral.Form["channel"], Is.EqualTo("C0GENERAL1"));
        Assert.That(ephemeral.Form["user"], Is.EqualTo(AdminId));
        Assert.That(ephemeral.Form["text"], Does.Contain("custom/rockstar"));
        Assert.That(Published(app).Single().UserId, Is.EqualTo(AdminId));
    }

    private static MessageNudger NudgerOf(SlackTestApp app)
    {
        var metrics = new AllyBotMetrics(new TestMeterFactory());
        var rules = app.Services.GetRequiredService<EffectiveRuleSetProvider>();
        return new MessageNudger(
            LocalOnlyLanguage.Rules(rules, metrics), app.Store, app.Store, app.Store, new RecordingChatSender(), app.Services.GetRequiredService<MemberPseudonymizer>(),
            new NudgeOptions { RateLimitWindow = TimeSpan.Zero }, app.Clock, metrics, app.Store);
    }

    /// <summary>Slack's roles for a user, answered only when the test says so (never, here).</summary>
    private sealed class BlockingAdminRoles : IPlatformAdminRoles
    {
        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
        {
            Asked.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return true;
        }
    }
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Core.Conversations;
using AllyBot.Core.TeamSettings;
using AllyBot.Rules.Model;
using AllyBot.Teams.Cards;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Tests.Support;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Tests.Cards;

/// <summary>The settings card and the rule form end to end: recorded activities through the processor, Core's admin services, a fake Graph.</summary>
public sealed class TeamsCardsTests : IDisposable
{
    private readonly CardWorld _world = new();

    private static ChatAddress Channel => new(ChatPlatform.Teams, CardWorld.Tenant, CardWorld.Channel);

    public void Dispose() => _world.Dispose();

    [Test]
    public async Task Press_SnoozeButton_AppliesItAndAnswersWithTheRefreshedCard()
    {
        await _world.InstallAndSeeTheTeamAsync();

        var card = CardOf(await _world.Processor.ProcessAsync(ActivityFiles.Load("invoke-settings-snooze.json")));

        Assert.That(card.ToJsonString(), Does.Contain("until 2026-11-20 11:00 UTC"));
        Assert.That(CommandsOf(card), Does.Contain("snooze off").And.Not.Contain("snooze 1h"));
        Assert.That(_world.Inbox.Accepted, Is.Empty, "a card press is answered in the invoke, not through the inbox");
    }

    [Test]
    public async Task Press_SeverityFloorAsTeamOwner_ChangesItAuditedAndShowsTheAdminPart()
    {
        await _world.InstallAndSeeTheTeamAsync();

        var card = CardOf(await _world.Processor.ProcessAsync(ActivityFiles.Load("invoke-settings-severity-floor.json")));

        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).SeverityFloor, Is.EqualTo(Severity.Warning));
        var history = await _world.WorkspaceAdmin.HistoryAsync(CardWorld.Tenant, 5);
        Assert.That(history.Single().Change.ActorId, Is.EqualTo(CardWorld.Sam));
        Assert.That(card.ToJsonString(), Does.Contain(SettingsCard.AdminTitle).And.Contain("Done: set the severity floor to warning"));
        Assert.That(_world.Graph.Requests.Single().Uri.AbsolutePath, Is.EqualTo($"/v1.0/teams/{CardWorld.TeamGroupId}/members"));
    }

    [Test]
    public async Task Press_SeverityFloorAsMemberWhoIsNoOwner_IsRefusedAndChangesNothing()
    {
        await _world.InstallAndSeeTheTeamAsync();

        var card = CardOf(await _world.Processor.ProcessAsync(FromAlex("invoke-settings-severity-floor.json")));

        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).SeverityFloor, Is.EqualTo(Severity.Suggestion));
        Assert.That(await _world.WorkspaceAdmin.HistoryAsync(CardWorld.Tenant, 5), Is.Empty);
        Assert.That(card.ToJsonString(), Does.Contain("admins only").And.Not.Contain(SettingsCard.AdminTitle));
    }

    [Test]
    public async Task Press_SeverityFloorWhileGraphIsDown_FailsClosedForOwnersButNotForFacilitators()
    {
        await _world.InstallAndSeeTheTeamAsync();
        _world.GraphAnswer = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var refused = CardOf(await _world.Processor.ProcessAsync(ActivityFiles.Load("invoke-settings-severity-floor.json")));
        Assert.That(refused.ToJsonString(), Does.Contain("admins only"));
        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).SeverityFloor, Is.EqualTo(Severity.Suggestion));

        await _world.Channels.SaveAsync(ChannelSettings.Default(Channel) with { FacilitatorIds = [CardWorld.Sam] });
        var press = ActivityFiles.Load("invoke-settings-severity-floor.json") with { Id = "f:another-press" };
        CardOf(await _world.Processor.ProcessAsync(press));
        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).SeverityFloor, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public async Task Submit_RuleWithAnExampleItDoesNotFlag_ComesBackWithTheExactErrorAndEveryValue()
    {
        await _world.InstallAndSeeTheTeamAsync();

        var card = CardOf(await _world.Processor.ProcessAsync(ActivityFiles.Load("invoke-rule-add-bad.json")));

        var text = card.ToJsonString();
        Assert.That(card["body"]!.AsArray().Any(b => b!["id"]?.GetValue<string>() == RuleFormCard.ProblemsId), Is.True);
        Assert.That(text, Does.Contain("examples.flag[1]").And.Contain("we need a superstar"));
        var values = ValuesOf(card);
        Assert.That(values[RuleFormCard.NameId], Is.EqualTo("rockstar"));
        Assert.That(values[RuleFormCard.WordsId], Is.EqualTo("rockstar, ninja"));
        Assert.That(values[RuleFormCard.SuggestionsId], Is.EqualTo("expert\nskilled engineer"));
        Assert.That(values[RuleFormCard.FlagId], Is.EqualTo("we need a rockstar\nwe need a superstar"));
        Assert.That(values[RuleFormCard.PassId], Is.EqualTo("the rock star played\nwe need an expert"));
        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).CustomRules, Is.Empty);
    }

    [Test]
    public async Task Submit_GoodRule_AddsItAsTheOwnersAuditedChangeAndConfirms()
    {
        await _world.InstallAndSeeTheTeamAsync();

        var card = CardOf(await _world.Processor.ProcessAsync(ActivityFiles.Load("invoke-rule-add-good.json")));

        Assert.That(card.ToJsonString(), Does.Contain(RuleAddedCard.Title).And.Contain("custom/rockstar"));
        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).CustomRules.Select(r => r.Id), Is.EqualTo(new[] { "custom/rockstar" }));
        Assert.That((await _world.WorkspaceAdmin.HistoryAsync(CardWorld.Tenant, 5)).Single().Change.ActorId, Is.EqualTo(CardWorld.Sam));
    }

    [Test]
    public async Task Submit_RuleAsNonAdmin_AnswersAdminsOnlyAndAddsNothing()
    {
        await _world.InstallAndSeeTheTeamAsync();

        var outcome = await _world.Processor.ProcessAsync(FromAlex("invoke-rule-add-good.json"));

        Assert.That(outcome.Body!.Type, Is.EqualTo(InvokeResponseBody.MessageType));
        Assert.That(outcome.Body.Value.GetValue<string>(), Is.EqualTo(CardText.AdminsOnly));
        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).CustomRules, Is.Empty);
    }

    [Test]
    public async Task Answer_SettingsTypedInChannel_SendsTheCardToThe1To1ChatWithTheAdminPartForTheOwner()
    {
        await _world.InstallAndSeeTheTeamAsync();
        await _world.Processor.ProcessAsync(ActivityFiles.Load("channel-message-settings.json"));
        Assert.That(_world.Cards.Requests.TryRead(out var request), Is.True);

        await _world.Cards.AnswerAsync(request!);

        var sent = _world.Connector.Requests[^1];
        Assert.That(sent.Uri.AbsolutePath, Does.EndWith("/v3/conversations/a%3A1personal/activities"));
        var card = JsonNode.Parse(sent.Body!)!["attachments"]![0]!["content"]!;
        Assert.That(card.ToJsonString(), Does.Contain(SettingsCard.Title).And.Contain(SettingsCard.AdminTitle));
        Assert.That(card.ToJsonString(), Does.Contain(CardWorld.Channel), "buttons act on the channel where settings was typed");
    }

    [Test]
    public async Task Answer_SettingsTypedByMember_SendsTheCardWithoutTheAdminPart()
    {
        await _world.InstallAndSeeTheTeamAsync();
        await _world.Processor.ProcessAsync(FromAlex("channel-message-settings.json"));
        Assert.That(_world.Cards.Requests.TryRead(out var request), Is.True);

        await _world.Cards.AnswerAsync(request!);

        var card = JsonNode.Parse(_world.Connector.Requests[^1].Body!)!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.That(card, Does.Contain("Your settings").And.Not.Contain(SettingsCard.AdminTitle).And.Not.Contain("severity-floor"));
    }

    [Test]
    public async Task Answer_RuleAddWithoutYamlFromOwner_SendsTheEmptyForm()
    {
        await _world.InstallAndSeeTheTeamAsync();
        await _world.Processor.ProcessAsync(ActivityFiles.Load("channel-message-rule-add.json"));
        Assert.That(_world.Cards.Requests.TryRead(out var request), Is.True);

        await _world.Cards.AnswerAsync(request!);

        var card = JsonNode.Parse(_world.Connector.Requests[^1].Body!)!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.That(card, Does.Contain(RuleFormCard.Title).And.Contain(CardVerbs.RuleAdd));
        Assert.That(_world.Inbox.Accepted, Is.Empty);
    }

    [Test]
    public async Task Answer_RuleAddWithoutYamlFromMember_GoesToCoreForItsAdminsOnlyAnswer()
    {
        await _world.InstallAndSeeTheTeamAsync();
        await _world.Processor.ProcessAsync(FromAlex("channel-message-rule-add.json"));
        Assert.That(_world.Cards.Requests.TryRead(out var request), Is.True);

        await _world.Cards.AnswerAsync(request!);

        Assert.That(_world.Inbox.Commands.Single().Text, Is.EqualTo("admin rule add"));
        Assert.That(_world.Connector.Requests.Where(r => r.Method == HttpMethod.Post && r.Uri.AbsolutePath.EndsWith("/activities", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Press_SlowerThanTheInvokeBudget_AnswersStillWorkingAndFinishesTheChange()
    {
        await _world.InstallAndSeeTheTeamAsync();
        using var graphAnswers = new ManualResetEventSlim();
        _world.GraphAnswer = _ =>
        {
            graphAnswers.Wait(TimeSpan.FromSeconds(30));
            return FakeHttpHandler.Json(HttpStatusCode.OK, ActivityFiles.Read("graph-team-members.json"));
        };

        var pressing = _world.Processor.ProcessAsync(ActivityFiles.Load("invoke-settings-severity-floor.json"));
        for (var i = 0; i < 300 && !pressing.IsCompleted; i++)
        {
            _world.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        var outcome = await pressing;
        Assert.That(outcome.Body!.Type, Is.EqualTo(InvokeResponseBody.MessageType));
        Assert.That(outcome.Body.Value.GetValue<string>(), Is.EqualTo(CardText.Slow));

        graphAnswers.Set();
        for (var i = 0; i < 300 && (await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).SeverityFloor != Severity.Warning; i++)
        {
            await Task.Delay(10);
        }

        Assert.That((await _world.WorkspaceAdmin.GetAsync(CardWorld.Tenant)).SeverityFloor, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public async Task TextForm_RuleYamlTypedOnSeveralLinesInTeams_StillAddsTheRule()
    {
        var html = "<p>/ally admin rule add</p>" + string.Concat(Testing.CustomRuleYaml.Rockstar.Split('\n').Select(line => "<p>" + line.Replace("  ", "&nbsp;&nbsp;", StringComparison.Ordinal) + "</p>"));
        var activity = ActivityFiles.Load("personal-message.json") with { Text = html };

        var command = (CommandEvent)new ActivityTranslator(_world.Clock).Translate(activity);
        var yaml = command.Command.Text["admin rule add".Length..];
        var outcome = await _world.CustomRules.AddAsync(CardWorld.Tenant, yaml, CardWorld.Sam);

        Assert.That(outcome.Problems, Is.Empty);
        Assert.That(outcome.RuleId, Is.EqualTo("custom/rockstar"));
    }

    [Test]
    public async Task Enqueue_SameActivityDeliveredTwice_IsAnsweredOnce()
    {
        await _world.Processor.ProcessAsync(ActivityFiles.Load("channel-message-settings.json"));
        await _world.Processor.ProcessAsync(ActivityFiles.Load("channel-message-settings.json"));

        Assert.That(_world.Cards.Requests.TryRead(out _), Is.True);
        Assert.That(_world.Cards.Requests.TryRead(out _), Is.False);
    }

    private static Activity FromAlex(string file)
    {
        var activity = ActivityFiles.Load(file);
        return activity with { Id = activity.Id + "-alex", From = new ChannelAccount { Id = CardWorld.Alex, Name = "Alex Kim", AadObjectId = CardWorld.AlexAad } };
    }

    private static JsonNode CardOf(ActivityOutcome outcome)
    {
        Assert.That(outcome.StatusCode, Is.EqualTo(200));
        Assert.That(outcome.Body!.Type, Is.EqualTo(InvokeResponseBody.CardType), () => outcome.Body.Value.ToJsonString());
        return outcome.Body.Value;
    }

    private static List<string> CommandsOf(JsonNode card) =>
        [.. JsonDocument.Parse(card.ToJsonString()).RootElement.EnumerateObjects().Where(o => o.TryGetProperty("command", out _)).Select(o => o.GetProperty("command").GetString()!)];

    private static Dictionary<string, string> ValuesOf(JsonNode card) =>
        JsonDocument.Parse(card.ToJsonString()).RootElement.EnumerateObjects()
            .Where(o => o.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal))
            .ToDictionary(o => o.GetProperty("id").GetString()!, o => o.GetProperty("value").GetString()!);
}

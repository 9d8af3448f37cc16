using System.Text.Json.Nodes;
using AllyBot.Rules.Model;
using AllyBot.Slack.Home;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Tests.Home;

public sealed class SlackRuleModalTests
{
    [Test]
    public void Build_HasOneInputPerRuleFieldAndTheOrigin()
    {
        var view = SlackRuleModal.Build("C0GENERAL1");

        Assert.That((string?)view["callback_id"], Is.EqualTo(SlackRuleModal.CallbackId));
        Assert.That((string?)view["private_metadata"], Is.EqualTo("C0GENERAL1"));
        var inputs = view["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input").Select(b => b!.AsObject()).ToList();
        Assert.That(inputs.Select(b => (string?)b["block_id"]), Is.EqualTo(SlackRuleModal.Fields));
        Assert.That(inputs.Select(b => (string?)b["element"]!["action_id"]), Is.EqualTo(SlackRuleModal.Fields));
        Assert.That(inputs.Where(b => (bool?)b["optional"] == true).Select(b => (string?)b["block_id"]), Is.EquivalentTo(new[] { SlackRuleModal.Words, SlackRuleModal.Pattern }));
        Assert.That(inputs.Single(b => (string?)b["block_id"] == SlackRuleModal.Severity)["element"]!["options"]!.AsArray().Select(o => (string?)o!["value"]), Is.EqualTo(SeverityNames.All));
    }

    [Test]
    public void Read_Submission_GivesTheFieldsOneListItemPerLine()
    {
        var payload = Payloads.Json<SlackInteractionPayload>("interaction-view-submission-rule.json");

        var fields = SlackRuleModal.Read(payload.View!.State);

        Assert.That(fields.Name, Is.EqualTo("rockstar"));
        Assert.That(fields.Severity, Is.EqualTo(Severity.Suggestion));
        Assert.That(fields.Words, Is.EqualTo(new[] { "rockstar", "ninja" }));
        Assert.That(fields.Pattern, Is.Null);
        Assert.That(fields.Suggestions, Is.EqualTo(new[] { "expert", "skilled engineer" }));
        Assert.That(fields.Flag, Is.EqualTo(new[] { "we need a rockstar", "hiring a ninja dev" }));
        Assert.That(fields.Pass, Is.EqualTo(new[] { "the rock star played", "we need an expert" }));
        Assert.That(fields.ToYaml(), Does.StartWith("id: custom/rockstar\n"));
    }

    [Test]
    public void Read_NothingSubmitted_GivesEmptyFieldsNotAnError()
    {
        var fields = SlackRuleModal.Read(null);

        Assert.That(fields.Name, Is.Empty);
        Assert.That(fields.Words, Is.Empty);
    }

    [Test]
    public void Read_Warning_IsParsed()
    {
        var state = new SlackViewState(new Dictionary<string, IReadOnlyDictionary<string, SlackViewValue>>
        {
            [SlackRuleModal.Severity] = new Dictionary<string, SlackViewValue> { [SlackRuleModal.Severity] = new("static_select", null, SelectedOption: new SlackOption("warning")) },
        });

        Assert.That(SlackRuleModal.Read(state).Severity, Is.EqualTo(Severity.Warning));
        Assert.That(JsonNode.Parse(SlackRuleModal.Build("app-home").ToJsonString()), Is.Not.Null);
    }
}

using System.Text.Json.Nodes;
using AllyBot.Teams.Cards;

namespace AllyBot.Teams.Tests.Cards;

public sealed class RuleFormCardTests
{
    private const string Channel = "19:abc@thread.tacv2";

    [Test]
    public void Build_Empty_HasAnInputPerRuleFieldSeverityChoiceAndSubmit()
    {
        var card = RuleFormCard.Build(new RuleFormValues(), [], Channel);

        var inputs = Inputs(card);
        Assert.That(inputs.Keys, Is.EquivalentTo(new[]
        {
            RuleFormCard.NameId, RuleFormCard.SeverityId, RuleFormCard.WordsId, RuleFormCard.PatternId, RuleFormCard.SuggestionsId,
            RuleFormCard.MessageId, RuleFormCard.WhyId, RuleFormCard.FlagId, RuleFormCard.PassId,
        }));
        Assert.That(inputs[RuleFormCard.SeverityId]["type"]!.GetValue<string>(), Is.EqualTo("Input.ChoiceSet"));
        Assert.That(inputs[RuleFormCard.SeverityId]["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()), Is.EqualTo(new[] { "info", "suggestion", "warning" }));
        Assert.That(inputs.Where(i => i.Key != RuleFormCard.SeverityId).Select(i => i.Value["type"]!.GetValue<string>()), Is.All.EqualTo("Input.Text"));
        var submit = card["actions"]!.AsArray().Single()!;
        Assert.That(submit["type"]!.GetValue<string>(), Is.EqualTo("Action.Execute"));
        Assert.That(submit["verb"]!.GetValue<string>(), Is.EqualTo(CardVerbs.RuleAdd));
        Assert.That(submit["data"]!["channel"]!.GetValue<string>(), Is.EqualTo(Channel));
        Assert.That(card.ToJsonString(), Does.Not.Contain(RuleFormCard.ProblemsId));
    }

    [Test]
    public void Build_WithProblems_ListsThemAboveAndUnderTheirFieldsKeepingEveryValue()
    {
        var values = new RuleFormValues("rockstar", "warning", "rockstar, ninja", "", "expert", "msg {match}", "why", "we need a superstar", "we need an expert");
        string[] problems = ["custom rule:9: examples.flag[0]: 'we need a superstar' is not flagged by this rule", "custom rule: is wrong somehow"];

        var card = RuleFormCard.Build(values, problems, Channel);

        var list = Find(card, n => n["id"]?.GetValue<string>() == RuleFormCard.ProblemsId)!;
        Assert.That(list["text"]!.GetValue<string>(), Does.Contain(problems[0]).And.Contain(problems[1]));
        var flagContainer = Find(card, n => n["type"]?.GetValue<string>() == "Container" && n["items"]!.AsArray().Any(i => i!["id"]?.GetValue<string>() == RuleFormCard.FlagId))!;
        Assert.That(flagContainer["items"]![1]!["text"]!.GetValue<string>(), Is.EqualTo("'we need a superstar' is not flagged by this rule"));
        var inputs = Inputs(card);
        Assert.That(inputs[RuleFormCard.NameId]["value"]!.GetValue<string>(), Is.EqualTo("rockstar"));
        Assert.That(inputs[RuleFormCard.SeverityId]["value"]!.GetValue<string>(), Is.EqualTo("warning"));
        Assert.That(inputs[RuleFormCard.WordsId]["value"]!.GetValue<string>(), Is.EqualTo("rockstar, ninja"));
        Assert.That(inputs[RuleFormCard.MessageId]["value"]!.GetValue<string>(), Is.EqualTo("msg {match}"));
        Assert.That(inputs[RuleFormCard.FlagId]["value"]!.GetValue<string>(), Is.EqualTo("we need a superstar"));
        Assert.That(inputs[RuleFormCard.PassId]["value"]!.GetValue<string>(), Is.EqualTo("we need an expert"));
    }

    [Test]
    public void ToFields_TypedValues_SplitListsAndStripTheCustomPrefix()
    {
        var (fields, problem) = new RuleFormValues("custom/rockstar", "Warning", "rockstar,\nninja", " ", "expert, skilled engineer", " m ", " w ", "we need a rockstar, now\nhiring a ninja", "ok").ToFields();

        Assert.That(problem, Is.Null);
        Assert.That(fields!.Name, Is.EqualTo("rockstar"));
        Assert.That(fields.Severity, Is.EqualTo(AllyBot.Rules.Model.Severity.Warning));
        Assert.That(fields.Words, Is.EqualTo(new[] { "rockstar", "ninja" }));
        Assert.That(fields.Pattern, Is.Null);
        Assert.That(fields.Suggestions, Is.EqualTo(new[] { "expert", "skilled engineer" }));
        Assert.That(fields.Flag, Is.EqualTo(new[] { "we need a rockstar, now", "hiring a ninja" }));
        Assert.That(fields.Message, Is.EqualTo("m"));
    }

    [Test]
    public void ToFields_UnknownSeverity_IsAProblemNamingTheChoices()
    {
        var (fields, problem) = new RuleFormValues(Severity: "loud").ToFields();

        Assert.That(fields, Is.Null);
        Assert.That(problem, Is.EqualTo("severity: choose one of info, suggestion, warning"));
    }

    private static Dictionary<string, JsonNode> Inputs(JsonNode card) =>
        All(card).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true).ToDictionary(n => n["id"]!.GetValue<string>(), n => (JsonNode)n);

    private static JsonObject? Find(JsonNode card, Func<JsonObject, bool> match) => All(card).FirstOrDefault(match);

    private static IEnumerable<JsonObject> All(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            yield return o;
            foreach (var child in o.Select(p => p.Value).SelectMany(All))
            {
                yield return child;
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.SelectMany(All))
            {
                yield return child;
            }
        }
    }
}

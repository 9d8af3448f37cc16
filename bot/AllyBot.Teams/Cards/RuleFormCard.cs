using System.Text.Json.Nodes;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Teams.Cards;

/// <summary>
/// <c>/ally admin rule add</c> as an Adaptive Card form: one input per <see cref="CustomRuleFields"/> field (severity as
/// an <c>Input.ChoiceSet</c>) and an "Add rule" <c>Action.Execute</c> (<see cref="CardVerbs.RuleAdd"/>). A refused
/// rule comes back as the same form with every exact problem listed above the fields, each problem also under the
/// field it names, and every input keeping what the admin typed.
/// </summary>
internal static class RuleFormCard
{
    public const string Title = "Add a custom rule";

    public const string NameId = "ruleName";
    public const string SeverityId = "ruleSeverity";
    public const string WordsId = "ruleWords";
    public const string PatternId = "rulePattern";
    public const string SuggestionsId = "ruleSuggestions";
    public const string MessageId = "ruleMessage";
    public const string WhyId = "ruleWhy";
    public const string FlagId = "ruleFlag";
    public const string PassId = "rulePass";

    /// <summary>The id of the block listing every problem.</summary>
    public const string ProblemsId = "ruleProblems";

    /// <summary>Inputs in order: id, label, placeholder, multi-line, the form field whose problems show under it.</summary>
    private static readonly (string Id, string Label, string Placeholder, bool Multiline, CustomRuleFormField Field)[] Inputs =
    [
        (NameId, $"Name (the rule id is {CustomRules.Category}/<name>)", "rockstar", false, CustomRuleFormField.Name),
        (WordsId, "Words or phrases to flag (one per line or comma-separated)", "rockstar, ninja", true, CustomRuleFormField.Words),
        (PatternId, "Or a regular expression (optional)", "", false, CustomRuleFormField.Pattern),
        (SuggestionsId, "Suggestions, best first", "expert, skilled engineer", true, CustomRuleFormField.Suggestions),
        (MessageId, "Message ({match} and {suggestion} are filled in)", "\"{match}\" sounds like a club; \"{suggestion}\" says what you need.", true, CustomRuleFormField.Message),
        (WhyId, "Why it can land badly", "Hype words in job posts put off people who do not see themselves that way.", true, CustomRuleFormField.Why),
        (FlagId, "Examples it must flag (one per line)", "we need a rockstar", true, CustomRuleFormField.Flag),
        (PassId, "Examples it must not flag (one per line)", "we need an expert", true, CustomRuleFormField.Pass),
    ];

    public static JsonObject Build(RuleFormValues values, IReadOnlyList<string> problems, string channel)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(problems);
        var body = new JsonArray { AdaptiveCards.Text(Title, weight: "Bolder", size: "Medium") };
        if (problems.Count > 0)
        {
            var list = AdaptiveCards.Text("The rule was not added:\n\n" + string.Join("\n\n", problems.Select(p => "- " + p)), color: "Attention");
            list["id"] = ProblemsId;
            body.Add(list);
        }
        else
        {
            body.Add(AdaptiveCards.Text("Checked like AllyBot's own rules: every flag example must be flagged, no pass example may be.", subtle: true));
        }

        body.Add(Input(Inputs[0], values.Name, problems));
        body.Add(SeverityChoice(values.Severity, problems));
        for (var i = 1; i < Inputs.Length; i++)
        {
            var input = Inputs[i];
            body.Add(Input(input, ValueOf(values, input.Id), problems));
        }

        var actions = new JsonArray { AdaptiveCards.Execute("Add rule", CardVerbs.RuleAdd, new JsonObject { [CardVerbs.ChannelKey] = channel }, positive: true) };
        return AdaptiveCards.Card(body, actions);
    }

    private static JsonObject Input((string Id, string Label, string Placeholder, bool Multiline, CustomRuleFormField Field) input, string value, IReadOnlyList<string> problems)
    {
        var box = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = input.Id,
            ["label"] = input.Label,
            ["placeholder"] = input.Placeholder,
            ["isMultiline"] = input.Multiline,
            ["maxLength"] = RuleFormValues.MaxInputLength,
            ["value"] = value,
        };
        return WithProblems(box, problems.Where(p => CustomRuleProblemField.Of(p) == input.Field).ToList());
    }

    private static JsonObject SeverityChoice(string value, IReadOnlyList<string> problems)
    {
        var choice = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = SeverityId,
            ["label"] = "Severity",
            ["style"] = "compact",
            ["isRequired"] = true,
            ["errorMessage"] = "Choose a severity.",
            ["value"] = SeverityNames.TryParse(value, out var severity) ? severity.ToName() : "suggestion",
            ["choices"] = new JsonArray([.. SeverityNames.All.Select(n => (JsonNode)new JsonObject { ["title"] = n, ["value"] = n })]),
        };
        return WithProblems(choice, problems.Where(p => CustomRuleProblemField.Of(p) == CustomRuleFormField.Severity).ToList());
    }

    private static JsonObject WithProblems(JsonObject input, List<string> problems)
    {
        if (problems.Count == 0)
        {
            return input;
        }

        return new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray { input, AdaptiveCards.Text(string.Join("\n\n", problems.Select(p => p.Split(": ", 3)[^1])), color: "Attention", size: "Small") },
        };
    }

    private static string ValueOf(RuleFormValues values, string id) => id switch
    {
        WordsId => values.Words,
        PatternId => values.Pattern,
        SuggestionsId => values.Suggestions,
        MessageId => values.Message,
        WhyId => values.Why,
        FlagId => values.Flag,
        PassId => values.Pass,
        _ => values.Name,
    };
}

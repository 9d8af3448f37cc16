using System.Text.Json.Nodes;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Home;

/// <summary>
/// The "Add a custom rule" modal: one input block per field of <see cref="CustomRuleFields"/> (block id = action id =
/// the field's name in <see cref="Fields"/>), lists one item per line. <c>private_metadata</c> holds the channel the
/// admin typed <c>/ally admin rule add</c> in, or <see cref="SlackHomeAddress.ChannelId"/> when it came from App Home.
/// </summary>
internal static class SlackRuleModal
{
    public const string CallbackId = "ally-rule-add";

    public const string Name = "name";
    public const string Severity = "severity";
    public const string Words = "words";
    public const string Pattern = "pattern";
    public const string Suggestions = "suggestions";
    public const string Message = "message";
    public const string Why = "why";
    public const string Flag = "flag";
    public const string Pass = "pass";

    /// <summary>The field blocks, in the order the modal shows them (the first is where unplaced errors go).</summary>
    public static readonly IReadOnlyList<string> Fields = [Name, Severity, Words, Pattern, Suggestions, Message, Why, Flag, Pass];

    public static JsonObject Build(string origin) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = CallbackId,
        ["private_metadata"] = origin,
        ["title"] = PlainText("Add a custom rule"),
        ["submit"] = PlainText("Add rule"),
        ["close"] = PlainText("Cancel"),
        ["blocks"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = "Checked like AllyBot's own rules: every flag example must be flagged and no pass example may be. It nudges from the next message on." } },
            },
            Input(Name, "Name", "lower-case words with hyphens, e.g. rockstar; the rule's id becomes custom/<name>", multiline: false, maxLength: 60),
            SeverityInput(),
            Input(Words, "Words or phrases to flag", "one per line", optional: true),
            Input(Pattern, "Or a pattern (regular expression)", "optional; most rules need only words", multiline: false, optional: true, maxLength: CustomRules.MaxPatternLength),
            Input(Suggestions, "Suggestions", "better words, best first, one per line"),
            Input(Message, "Message", "the nudge; {match} and {suggestion} are filled in", maxLength: 500),
            Input(Why, "Why", "one or two plain sentences", maxLength: 500),
            Input(Flag, "Examples it must flag", "one message per line"),
            Input(Pass, "Examples it must not flag", "one message per line"),
        },
    };

    /// <summary>Why the chosen severity is unusable (none, or not one of <see cref="SeverityNames.All"/>), or null when it is fine.</summary>
    public static string? SeverityProblem(SlackViewState? state) =>
        SeverityNames.TryParse(SeverityName(state), out _) ? null : $"Choose one of {string.Join(", ", SeverityNames.All)}.";

    /// <summary>The submitted fields; an unusable severity (see <see cref="SeverityProblem"/>) reads as suggestion.</summary>
    public static CustomRuleFields Read(SlackViewState? state)
    {
        string Text(string field) => state?.Values?.GetValueOrDefault(field)?.GetValueOrDefault(field)?.Value ?? "";
        IReadOnlyList<string> Lines(string field) => [.. Text(field).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        var severity = SeverityNames.TryParse(SeverityName(state), out var parsed) ? parsed : Rules.Model.Severity.Suggestion;
        return new CustomRuleFields(
            Text(Name).Trim(), severity, Lines(Words), Text(Pattern).Trim() is { Length: > 0 } p ? p : null, Lines(Suggestions), Text(Message).Trim(), Text(Why).Trim(), Lines(Flag), Lines(Pass));
    }

    private static string? SeverityName(SlackViewState? state) => state?.Values?.GetValueOrDefault(Severity)?.GetValueOrDefault(Severity)?.SelectedOption?.Value;

    private static JsonObject SeverityInput()
    {
        var options = new JsonArray();
        foreach (var name in SeverityNames.All)
        {
            options.Add(new JsonObject { ["text"] = PlainText(name), ["value"] = name });
        }

        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = Severity,
            ["label"] = PlainText("Severity"),
            ["element"] = new JsonObject
            {
                ["type"] = "static_select",
                ["action_id"] = Severity,
                ["options"] = options,
                ["initial_option"] = options[(int)Rules.Model.Severity.Suggestion]!.DeepClone(),
            },
        };
    }

    private static JsonObject Input(string field, string label, string hint, bool multiline = true, bool optional = false, int maxLength = 1500) => new()
    {
        ["type"] = "input",
        ["block_id"] = field,
        ["optional"] = optional,
        ["label"] = PlainText(label),
        ["hint"] = PlainText(hint),
        ["element"] = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = field, ["multiline"] = multiline, ["max_length"] = maxLength },
    };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text };
}

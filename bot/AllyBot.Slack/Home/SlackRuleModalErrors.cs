using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllyBot.Rules.Customizing;

namespace AllyBot.Slack.Home;

/// <summary>
/// Turns <see cref="Core.Admin.CustomRuleOutcome.Problems"/> (<c>custom rule:3: examples.flag[0]: problem</c>) into a
/// <c>response_action: "errors"</c> ack: each exact problem under the field block it names, problems that name no
/// field (or one the form has not) under the first field, several for one block joined. The modal stays open with
/// everything the admin typed.
/// </summary>
internal static partial class SlackRuleModalErrors
{
    /// <summary>Slack shows an error under its block; longer ones are cut.</summary>
    public const int MaxErrorLength = 1000;

    public static JsonObject Ack(IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var byBlock = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var block = BlockFor(problem);
            (byBlock.TryGetValue(block, out var list) ? list : byBlock[block] = []).Add(problem);
        }

        var errors = new JsonObject();
        foreach (var field in SlackRuleModal.Fields.Where(byBlock.ContainsKey))
        {
            var text = string.Join("\n", byBlock[field]);
            errors[field] = text.Length <= MaxErrorLength ? text : text[..(MaxErrorLength - 1)] + "…";
        }

        return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
    }

    /// <summary>The block a problem belongs under: by the field it names, else the first field.</summary>
    public static string BlockFor(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var match = Located().Match(problem);
        if (!match.Success)
        {
            return SlackRuleModal.Fields[0];
        }

        var field = match.Groups["field"].Value;
        return field switch
        {
            "id" => SlackRuleModal.Name,
            "severity" => SlackRuleModal.Severity,
            "match.pattern" => SlackRuleModal.Pattern,
            _ when field.StartsWith("match", StringComparison.Ordinal) => SlackRuleModal.Words,
            _ when field.StartsWith("suggestions", StringComparison.Ordinal) => SlackRuleModal.Suggestions,
            "message" => SlackRuleModal.Message,
            "why" => SlackRuleModal.Why,
            _ when field.StartsWith("examples.pass", StringComparison.Ordinal) => SlackRuleModal.Pass,
            _ when field.StartsWith("examples", StringComparison.Ordinal) => SlackRuleModal.Flag,
            _ => SlackRuleModal.Fields[0],
        };
    }

    [GeneratedRegex(@"^" + CustomRules.Source + @"(:\d+)?: (?<field>[a-z_]+(\.[a-z_]+)*(\[\d+\])?): ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Located();
}

using System.Text.Json.Nodes;
using AllyBot.Rules.Customizing;

namespace AllyBot.Slack.Home;

/// <summary>
/// Turns <see cref="Core.Admin.CustomRuleOutcome.Problems"/> (<c>custom rule:3: examples.flag[0]: problem</c>) into a
/// <c>response_action: "errors"</c> ack: each exact problem under the field block it names, problems that name no
/// field (or one the form has not) under the first field, several for one block joined. The modal stays open with
/// everything the admin typed.
/// </summary>
internal static class SlackRuleModalErrors
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

    /// <summary>The block a problem belongs under: by the input it names, else the first field.</summary>
    public static string BlockFor(string problem) => CustomRuleProblemField.Of(problem) switch
    {
        CustomRuleFormField.Name => SlackRuleModal.Name,
        CustomRuleFormField.Severity => SlackRuleModal.Severity,
        CustomRuleFormField.Words => SlackRuleModal.Words,
        CustomRuleFormField.Pattern => SlackRuleModal.Pattern,
        CustomRuleFormField.Suggestions => SlackRuleModal.Suggestions,
        CustomRuleFormField.Message => SlackRuleModal.Message,
        CustomRuleFormField.Why => SlackRuleModal.Why,
        CustomRuleFormField.Flag => SlackRuleModal.Flag,
        CustomRuleFormField.Pass => SlackRuleModal.Pass,
        _ => SlackRuleModal.Fields[0],
    };
}

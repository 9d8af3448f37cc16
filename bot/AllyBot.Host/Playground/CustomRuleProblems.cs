using AllyBot.Rules.Customizing;

namespace AllyBot.Host.Playground;

/// <summary>
/// Files each exact problem of a refused custom rule (<c>custom rule:3: examples.flag[0]: ...</c>) under the form
/// field it is about, so the page can mark that field; the problem text itself is kept word for word.
/// </summary>
internal static class CustomRuleProblems
{
    /// <summary>The key of problems that concern no one field.</summary>
    public const string WholeRule = "rule";

    public static Dictionary<string, string[]> ByField(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems
            .GroupBy(FieldOf)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The form field <paramref name="problem"/> is about, or <see cref="WholeRule"/>.</summary>
    public static string FieldOf(string problem) => CustomRuleProblemField.Of(problem) switch
    {
        CustomRuleFormField.Name => "id",
        CustomRuleFormField.Severity => "severity",
        CustomRuleFormField.Words => "words",
        CustomRuleFormField.Pattern => "pattern",
        CustomRuleFormField.Suggestions => "suggestions",
        CustomRuleFormField.Message => "message",
        CustomRuleFormField.Why => "why",
        CustomRuleFormField.Flag => "flag",
        CustomRuleFormField.Pass => "pass",
        _ => WholeRule,
    };
}

using System.Text.RegularExpressions;

namespace AllyBot.Rules.Customizing;

/// <summary>
/// Which form input a refused custom rule's problem is about, read from the problem's text
/// (<see cref="Loading.RuleLoadError"/>'s <c>source[:line]: field: problem</c>, e.g. <c>custom rule:3: examples.flag[0]: ...</c>),
/// so every form shows each exact problem under the input it names.
/// </summary>
public static partial class CustomRuleProblemField
{
    /// <summary>The input <paramref name="problem"/> names, or null when it concerns the whole rule (or a field no form has).</summary>
    public static CustomRuleFormField? Of(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var match = Located().Match(problem);
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups["path"].Value.Split('.');
        var part = path.Length > 1 ? path[1] : "";
        return path[0] switch
        {
            "id" => CustomRuleFormField.Name,
            "severity" => CustomRuleFormField.Severity,
            "match" => part == "pattern" ? CustomRuleFormField.Pattern : CustomRuleFormField.Words,
            "suggestions" => CustomRuleFormField.Suggestions,
            "message" => CustomRuleFormField.Message,
            "why" => CustomRuleFormField.Why,
            "examples" => part == "pass" ? CustomRuleFormField.Pass : CustomRuleFormField.Flag,
            _ => null,
        };
    }

    // "<source>[:<line>]: <field>[.<part>][[<index>]]: <problem>"; a "field" with spaces is the problem's own text.
    [GeneratedRegex(@"^[^:\n]*(?::\d+)?: (?<path>[A-Za-z_]+(?:\.[A-Za-z_]+)*)(?:\[\d+\])?: ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Located();
}

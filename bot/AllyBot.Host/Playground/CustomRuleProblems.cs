using System.Text.RegularExpressions;

namespace AllyBot.Host.Playground;

/// <summary>
/// Files each exact problem of a refused custom rule (<c>custom rule:3: examples.flag[0]: ...</c>) under the form
/// field it is about, so the page can mark that field; the problem text itself is kept word for word.
/// </summary>
internal static partial class CustomRuleProblems
{
    /// <summary>The key of problems that concern no one field.</summary>
    public const string WholeRule = "rule";

    private static readonly (string Prefix, string Field)[] Fields =
    [
        ("match.words", "words"), ("match.pattern", "pattern"), ("match", "words"), ("examples.flag", "flag"), ("examples.pass", "pass"),
        ("id", "id"), ("severity", "severity"), ("suggestions", "suggestions"), ("message", "message"), ("why", "why"),
    ];

    public static Dictionary<string, string[]> ByField(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems
            .GroupBy(FieldOf)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The form field <paramref name="problem"/> is about, or <see cref="WholeRule"/>.</summary>
    public static string FieldOf(string problem)
    {
        var match = Located().Match(problem);
        if (!match.Success)
        {
            return WholeRule;
        }

        var field = match.Groups["field"].Value;
        foreach (var (prefix, name) in Fields)
        {
            if (field == prefix || field.StartsWith(prefix + ".", StringComparison.Ordinal) || field.StartsWith(prefix + "[", StringComparison.Ordinal))
            {
                return name;
            }
        }

        return WholeRule;
    }

    // "<source>[:<line>]: <field>: <problem>", the shape of RuleLoadError.ToString().
    [GeneratedRegex(@"^[^:\n]*(?::\d+)?: (?<field>[A-Za-z]+(?:\.[A-Za-z]+)*(?:\[\d+\])?): ", RegexOptions.None, 1000)]
    private static partial Regex Located();
}

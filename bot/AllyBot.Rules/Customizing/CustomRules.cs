using System.Text.RegularExpressions;
using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;
using AllyBot.Rules.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Rules.Customizing;

/// <summary>
/// Rules a workspace admin writes in chat. They are untrusted: the same parser and example checks as <c>rules/</c>,
/// plus tighter bounds (size, pattern complexity), an id in the <c>custom/</c> namespace so they never collide with a
/// shipped rule, and no phrase another rule already claims. A bad rule is refused here, never at match time.
/// </summary>
public static partial class CustomRules
{
    /// <summary>The category, and the id prefix, of every custom rule.</summary>
    public const string Category = "custom";

    /// <summary>What errors name as the rule's location.</summary>
    public const string Source = "custom rule";

    /// <summary>The longest rule text accepted, in characters.</summary>
    public const int MaxYamlLength = 4000;

    /// <summary>The longest pattern (shipped rules may have longer ones).</summary>
    public const int MaxPatternLength = 120;

    /// <summary>The most quantifiers (<c>* + ? {n}</c>) in a pattern.</summary>
    public const int MaxQuantifiers = 10;

    /// <summary>The largest bound of a counted repetition (<c>{n,m}</c>).</summary>
    public const int MaxRepetition = 20;

    /// <summary>The most custom rules one workspace may have.</summary>
    public const int MaxPerWorkspace = 50;

    /// <summary>
    /// Parses and checks <paramref name="yaml"/> as a new custom rule beside <paramref name="others"/> (the shipped
    /// rules and the workspace's other custom rules): every problem, each with its line and field.
    /// </summary>
    public static CustomRuleResult Check(string? yaml, IReadOnlyList<Rule> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var errors = new List<RuleLoadError>();
        var rule = ParseUnverified(yaml, errors);
        if (rule is null)
        {
            return new CustomRuleResult(null, errors);
        }

        errors.AddRange(ExampleVerifier.Verify(RuleSet.Create([rule])));
        var rest = others.Where(o => o.Id != rule.Id).ToList();
        var before = new List<RuleLoadError>();
        RuleSetLoader.CheckSet(rest, before);
        var after = new List<RuleLoadError>();
        RuleSetLoader.CheckSet([.. rest, rule], after);
        errors.AddRange(after.Skip(before.Count));
        return errors.Count > 0 ? new CustomRuleResult(null, errors) : new CustomRuleResult(rule, []);
    }

    /// <summary>Parses a rule that was checked when it was added (stored configuration); null if it no longer parses.</summary>
    public static Rule? ParseStored(string yaml) => ParseUnverified(yaml, []);

    private static Rule? ParseUnverified(string? yaml, List<RuleLoadError> errors)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            errors.Add(new RuleLoadError(Source, 0, "", "is empty: write it as YAML with id, severity, match, suggestions, message, why and examples"));
            return null;
        }

        if (yaml.Length > MaxYamlLength)
        {
            errors.Add(new RuleLoadError(Source, 0, "", $"is {yaml.Length} characters long; a custom rule is at most {MaxYamlLength}"));
            return null;
        }

        var id = ReadId(yaml);
        if (id is null || !id.StartsWith(Category + "/", StringComparison.Ordinal))
        {
            var hint = id is null ? "is required" : $"is '{id}'";
            var name = id?.Split('/')[^1] is { Length: > 0 } last ? last : "my-rule";
            var others = new List<RuleLoadError>();
            RuleFileParser.Parse(Source, $"{Category}/{name}", yaml, others);
            if (!others.Exists(e => e.Field.Length == 0))
            {
                errors.Add(new RuleLoadError(Source, 0, "id", $"{hint}; custom rules are named {Category}/<name>, e.g. {Category}/{name}, so they never collide with a shipped rule"));
            }

            errors.AddRange(others.Where(e => e.Field != "id"));
            return null;
        }

        var rule = RuleFileParser.Parse(Source, id, yaml, errors);
        if (rule?.Pattern is { } pattern && CheckComplexity(pattern) is { } problem)
        {
            errors.Add(new RuleLoadError(Source, 0, "match.pattern", problem));
            return null;
        }

        return rule;
    }

    /// <summary>Null when <paramref name="pattern"/> is simple enough for a custom rule, else why not.</summary>
    public static string? CheckComplexity(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length > MaxPatternLength)
        {
            return $"is {pattern.Length} characters long; a custom rule's pattern is at most {MaxPatternLength} (list phrases in 'words' instead)";
        }

        var quantifiers = Quantifier().Count(pattern);
        if (quantifiers > MaxQuantifiers)
        {
            return $"has {quantifiers} quantifiers; a custom rule's pattern may have {MaxQuantifiers}";
        }

        foreach (Match repetition in CountedRepetition().Matches(pattern))
        {
            foreach (var bound in new[] { repetition.Groups["min"].Value, repetition.Groups["max"].Value }.Where(b => b.Length > 0))
            {
                if (bound.Length > 3 || int.Parse(bound, System.Globalization.CultureInfo.InvariantCulture) > MaxRepetition)
                {
                    return $"repeats up to {bound} times ({repetition.Value}); a custom rule's pattern repeats at most {MaxRepetition} times";
                }
            }
        }

        return null;
    }

    private static string? ReadId(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 1
                && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("id"), out var node)
                && node is YamlScalarNode { Value: { Length: > 0 } value }
                ? value.Trim()
                : null;
        }
        catch (YamlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?<!\\)[*+?]|(?<!\\)\{\d")]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"(?<!\\)\{(?<min>\d+)(,(?<max>\d*))?\}")]
    private static partial Regex CountedRepetition();
}

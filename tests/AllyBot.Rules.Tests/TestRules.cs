using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests;

/// <summary>Rules built in code for matcher tests, so each test shows exactly the rule it relies on.</summary>
internal static class TestRules
{
    public static Rule Rule(
        string id,
        string[]? words = null,
        string? pattern = null,
        string[]? exceptions = null,
        Severity severity = Severity.Suggestion,
        bool caseSensitive = false,
        bool enabled = true,
        string locale = "en") => new()
        {
            Id = id,
            Category = id.Split('/')[0],
            Severity = severity,
            Words = words ?? [],
            Pattern = pattern,
            Exceptions = exceptions ?? [],
            Suggestions = ["everyone"],
            Message = "Try {suggestion} instead of {match}.",
            Why = "Because.",
            Examples = new RuleExamples(["x", "y"], ["x", "y"]),
            CaseSensitive = caseSensitive,
            Enabled = enabled,
            Locale = locale,
        };

    public static RuleSet Set(params Rule[] rules) => RuleSet.Create(rules);

    /// <summary>The matched texts, in order.</summary>
    public static string[] Matches(this RuleSet set, string text) => [.. set.Evaluate(text).Select(f => f.Matched)];
}

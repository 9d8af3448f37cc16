using AllyBot.Rules;
using AllyBot.Rules.Model;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>Small rule sets for tests that need rules but not the shipped ones.</summary>
internal static class TestRuleSets
{
    /// <summary>One rule, <c>gendered-language/guys</c>, matching "guys".</summary>
    public static RuleSet Guys { get; } = RuleSet.Create(
    [
        new Rule
        {
            Id = "gendered-language/guys",
            Category = "gendered-language",
            Severity = Severity.Suggestion,
            Words = ["guys"],
            Suggestions = ["everyone"],
            Message = "Try {suggestion}.",
            Why = "Not everyone is a guy.",
            Examples = new RuleExamples(["hey guys", "thanks guys"], ["hey all", "hi team"]),
        },
    ]);
}

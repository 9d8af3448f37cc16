using AllyBot.Rules;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Tests.Language;

/// <summary>A small bilingual rule set built in code: English rules plus two German ones (German nouns written with their capital, so the name heuristic knows it is no name).</summary>
internal static class GermanTestRules
{
    public static RuleSet Set { get; } = RuleSet.Create(
    [
        Rule("gendered-language/guys", "en", ["guys"], ["everyone", "folks"]),
        Rule("ableism/crazy", "en", ["crazy"], ["wild", "surprising"]),
        Rule("gendered-language/de-jungs", "de", ["Jungs"], ["Leute", "alle"]),
        Rule("ableism/de-verrueckt", "de", ["verrückt"], ["irre", "überraschend"]),
    ]);

    private static Rule Rule(string id, string locale, string[] words, string[] suggestions) => new()
    {
        Id = id,
        Category = id.Split('/')[0],
        Severity = Severity.Suggestion,
        Words = words,
        Suggestions = suggestions,
        Message = "Try \"{suggestion}\" instead of \"{match}\".",
        Why = $"Why {id}.",
        Examples = new RuleExamples(["a", "b"], ["c", "d"]),
        Locale = locale,
    };
}

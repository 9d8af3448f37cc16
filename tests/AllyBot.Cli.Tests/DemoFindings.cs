using AllyBot.Cli.Output;
using AllyBot.Rules;
using AllyBot.Rules.Model;

namespace AllyBot.Cli.Tests;

/// <summary>Rules built in code and real findings located in a message, for the output writer tests.</summary>
internal static class DemoFindings
{
    public static Rule Rule(string id, string[] words, Severity severity = Severity.Suggestion, string? link = null) => new()
    {
        Id = id,
        Category = id.Split('/')[0],
        Severity = severity,
        Words = words,
        Suggestions = ["folks", "everyone"],
        Message = "Try \"{suggestion}\" instead of \"{match}\".",
        Why = "Not everyone in a mixed group is a guy.",
        Examples = new RuleExamples(["x", "y"], ["x", "y"]),
        Link = link,
    };

    public static Rule Guys(Severity severity = Severity.Suggestion, string? link = null) => Rule("demo/guys", ["guys"], severity, link);

    public static Rule SanityCheck() => Rule("demo/sanity-check", ["sanity check"], Severity.Info);

    /// <summary>The findings of <paramref name="rules"/> in <paramref name="message"/>, located as <c>allybot check</c> does.</summary>
    public static List<LocatedFinding> Locate(string message, params Rule[] rules) =>
        [.. LocatedFinding.Locate("<stdin>", message, 1, RuleSet.Create(rules).Evaluate(message))];
}

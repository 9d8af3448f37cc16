using System.Text.RegularExpressions;
using AllyBot.Rules;

namespace AllyBot.Cli.Bench;

/// <summary>
/// The baseline the engine is measured against: what a first version usually is, one compiled, case-insensitive,
/// word-bounded regex per phrase, tried one after another (as woke and the Slack inclusion bots do).
/// </summary>
internal sealed class NaiveRegexMatcher(RuleSet ruleSet)
{
    private readonly Regex[] _regexes = [.. ruleSet.Rules
        .Where(r => r.Enabled)
        .SelectMany(r => r.Words)
        .Select(w => new Regex(@"\b" + Regex.Escape(w) + @"\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant))];

    public int RegexCount => _regexes.Length;

    public int CountMatches(string message)
    {
        var matches = 0;
        foreach (var regex in _regexes)
        {
            if (regex.IsMatch(message))
            {
                matches++;
            }
        }

        return matches;
    }
}

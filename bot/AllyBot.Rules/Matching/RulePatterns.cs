using System.Text.RegularExpressions;

namespace AllyBot.Rules.Matching;

/// <summary>
/// Compiles rule patterns with the non-backtracking engine: rule files arrive in pull requests and from workspace
/// admins, so no pattern may be able to hang the process, whatever the input.
/// </summary>
internal static class RulePatterns
{
    /// <summary>The longest pattern a rule may have.</summary>
    public const int MaxLength = 300;

    public static Regex Compile(string pattern, bool caseSensitive)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        if (!caseSensitive)
        {
            options |= RegexOptions.IgnoreCase;
        }

        return new Regex(pattern, options);
    }

    /// <summary>One regex matching wherever any of <paramref name="patterns"/> does: a cheap first pass. Null for none.</summary>
    public static Regex? CompileUnion(IReadOnlyList<(string Pattern, bool CaseSensitive)> patterns)
    {
        if (patterns.Count == 0)
        {
            return null;
        }

        var union = string.Join('|', patterns.Select(p => p.CaseSensitive ? $"(?-i:{p.Pattern})" : $"(?i:{p.Pattern})"));
        return new Regex(union, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>Null when <paramref name="pattern"/> is acceptable, otherwise what is wrong with it.</summary>
    public static string? Check(string pattern, bool caseSensitive)
    {
        if (pattern.Length > MaxLength)
        {
            return $"is {pattern.Length} characters long; the limit is {MaxLength}";
        }

        try
        {
            var regex = Compile(pattern, caseSensitive);
            return regex.IsMatch(string.Empty) ? "matches the empty string, so it would match everywhere" : null;
        }
        catch (NotSupportedException e)
        {
            return $"uses a construct the safe (non-backtracking) engine refuses, such as a lookaround, backreference or atomic group: {e.Message}";
        }
        catch (ArgumentException e)
        {
            return $"is not a valid regular expression: {e.Message}";
        }
    }
}

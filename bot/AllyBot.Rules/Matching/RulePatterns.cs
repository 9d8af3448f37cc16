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

    /// <summary>
    /// Regexes that together match wherever any of <paramref name="patterns"/> does: a cheap first pass. Each covers a
    /// run of consecutive patterns (<c>First</c>, <c>Count</c>); a run ends where one more pattern would make the
    /// union larger than the non-backtracking engine builds. Empty for no patterns.
    /// </summary>
    public static IReadOnlyList<(Regex Union, int First, int Count)> CompileUnions(IReadOnlyList<(string Pattern, bool CaseSensitive)> patterns)
    {
        var groups = new List<(Regex, int, int)>();
        var first = 0;
        Regex? union = null;
        for (var next = 0; next < patterns.Count; next++)
        {
            var extended = TryCompileUnion(patterns, first, next - first + 1);
            if (extended is null && union is not null)
            {
                groups.Add((union, first, next - first));
                first = next;
                extended = TryCompileUnion(patterns, first, 1);
            }

            union = extended ?? throw new ArgumentException($"Pattern {next} is too large for the non-backtracking engine.", nameof(patterns));
        }

        if (union is not null)
        {
            groups.Add((union, first, patterns.Count - first));
        }

        return groups;
    }

    private static Regex? TryCompileUnion(IReadOnlyList<(string Pattern, bool CaseSensitive)> patterns, int first, int count)
    {
        var union = string.Join('|', patterns.Skip(first).Take(count).Select(p => p.CaseSensitive ? $"(?-i:{p.Pattern})" : $"(?i:{p.Pattern})"));
        try
        {
            return new Regex(union, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        }
        catch (NotSupportedException)
        {
            return null;
        }
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

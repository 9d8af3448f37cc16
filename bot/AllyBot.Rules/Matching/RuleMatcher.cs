using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Matching;

/// <summary>
/// Finds every rule phrase in a message with one scan and one hash lookup per word. Immutable after
/// <see cref="Build"/>, so one instance serves any number of threads. A message with no finding allocates nothing.
/// </summary>
internal sealed class RuleMatcher
{
    private readonly Rule[] _rules;
    private readonly TrieNode _anyCase;
    private readonly TrieNode? _exactCase;
    private readonly (int RuleIndex, Regex Regex)[] _patterns;
    private readonly IReadOnlyList<(Regex Union, int First, int Count)> _patternUnions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>?[] _properWords;
    private readonly bool[] _capitalisesNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>?[] _lowerWords;

    private RuleMatcher(Rule[] rules, TrieNode anyCase, TrieNode? exactCase, (int, Regex)[] patterns)
    {
        _rules = rules;
        _properWords = [.. rules.Select(ProperWords)];
        _capitalisesNouns = [.. rules.Select(r => LanguageTags.CapitalisesNouns(r.Locale))];
        _lowerWords = [.. rules.Select(r => LanguageTags.CapitalisesNouns(r.Locale) ? LowerCaseWords(r) : null)];
        _anyCase = anyCase;
        _exactCase = exactCase;
        _patterns = patterns;
        _patternUnions = RulePatterns.CompileUnions([.. rules.Where(r => r.Pattern is not null).Select(r => (r.Pattern!, r.CaseSensitive))]);
    }

    /// <summary>Compiles the enabled <paramref name="rules"/>. The rules must already be validated.</summary>
    public static RuleMatcher Build(IEnumerable<Rule> rules)
    {
        var enabled = rules.Where(r => r.Enabled).ToArray();
        var anyCase = new TrieNode(StringComparer.OrdinalIgnoreCase);
        var exactCase = new TrieNode(StringComparer.Ordinal);
        var usesExactCase = false;
        var patterns = new List<(int, Regex)>();

        for (var index = 0; index < enabled.Length; index++)
        {
            var rule = enabled[index];
            var root = rule.CaseSensitive ? exactCase : anyCase;
            usesExactCase |= rule.CaseSensitive;
            AddPhrases(root, rule.Words, new PhraseEnd(index, IsException: false), inflect: !rule.CaseSensitive, rule.Locale);
            AddPhrases(anyCase, rule.Exceptions, new PhraseEnd(index, IsException: true), inflect: true, rule.Locale);
            if (rule.Pattern is { } pattern)
            {
                patterns.Add((index, RulePatterns.Compile(pattern, rule.CaseSensitive)));
            }
        }

        anyCase.Freeze();
        exactCase.Freeze();
        return new RuleMatcher(enabled, anyCase, usesExactCase ? exactCase : null, [.. patterns]);
    }

    /// <summary>Words a rule writes capitalised; null when there are none (the common case).</summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? ProperWords(Rule rule)
    {
        var proper = rule.Words
            .SelectMany(phrase => PhraseForms.SplitWords(phrase) ?? [])
            .Where(word => char.IsUpper(word[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return proper.Count == 0 ? null : proper.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// For languages that capitalise nouns: every form of the words a rule writes only in lower case (not nouns; a form
    /// the rule also writes with a capital, such as "Taubstumme" next to "taubstumm", is a noun).
    /// </summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? LowerCaseWords(Rule rule)
    {
        var forms = rule.Words
            .Select(phrase => PhraseForms.SplitWords(phrase) ?? [])
            .SelectMany(words => PhraseForms.Expand(words, inflect: !rule.CaseSensitive, closeUp: true, rule.Locale))
            .SelectMany(form => form)
            .ToList();
        var nouns = forms.Where(word => char.IsUpper(word[0])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lower = forms.Where(word => !nouns.Contains(word)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return lower.Count == 0 ? null : lower.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static void AddPhrases(TrieNode root, IEnumerable<string> phrases, PhraseEnd end, bool inflect, string language)
    {
        foreach (var phrase in phrases)
        {
            var words = PhraseForms.SplitWords(phrase)
                ?? throw new ArgumentException($"'{phrase}' is not a phrase of plain words.", nameof(phrases));
            foreach (var form in PhraseForms.Expand(words, inflect, closeUp: !phrase.Contains('/', StringComparison.Ordinal), language))
            {
                var node = root;
                foreach (var word in form)
                {
                    node = node.Add(word);
                }

                node.AddEnd(end);
            }
        }
    }

    /// <summary>The findings in <paramref name="text"/>, in order of position; an empty list when there are none.</summary>
    public IReadOnlyList<Finding> Evaluate(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var buffer = ArrayPool<Token>.Shared.Rent(TextScanner.MaxTokens(text.Length));
        List<Candidate>? candidates = null;
        try
        {
            var tokens = buffer.AsSpan(0, TextScanner.Tokenize(text, buffer));
            candidates = null;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].CanMatch)
                {
                    Walk(_anyCase, text, tokens, i, ref candidates);
                    if (_exactCase is not null)
                    {
                        Walk(_exactCase, text, tokens, i, ref candidates);
                    }
                }
            }

            // One linear pass per union tells whether any of its patterns matches at all; most messages stop here.
            foreach (var (union, first, count) in _patternUnions)
            {
                if (union.IsMatch(text))
                {
                    for (var k = first; k < first + count; k++)
                    {
                        MatchPattern(_patterns[k].RuleIndex, _patterns[k].Regex, text, tokens, ref candidates);
                    }
                }
            }

            return candidates is null ? [] : Resolve(text, tokens, candidates);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
            RecycleCandidates(candidates);
        }
    }

    private static void Walk(TrieNode root, string text, ReadOnlySpan<Token> tokens, int first, ref List<Candidate>? found)
    {
        var node = root.Next(Word(text, tokens[first]));
        var last = first;
        while (node is not null)
        {
            foreach (var end in node.Ends)
            {
                (found ??= RentCandidates()).Add(new Candidate(end.RuleIndex, first, last, end.IsException));
            }

            var next = last + 1;
            if (next >= tokens.Length || !tokens[next].Has(TokenFlags.JoinsPrevious) || !tokens[next].CanMatch)
            {
                return;
            }

            node = node.Next(Word(text, tokens[next]));
            last = next;
        }
    }

    /// <summary>A pattern match counts only where it starts and ends on the edges of words the scanner kept.</summary>
    private static void MatchPattern(int ruleIndex, Regex regex, string text, ReadOnlySpan<Token> tokens, ref List<Candidate>? found)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            var first = IndexOfTokenStartingAt(tokens, match.Index);
            if (first < 0)
            {
                continue;
            }

            var end = match.Index + match.Length;
            for (var last = first; last < tokens.Length && tokens[last].Start < end; last++)
            {
                if (tokens[last].End == end)
                {
                    (found ??= RentCandidates()).Add(new Candidate(ruleIndex, first, last, IsException: false));
                    break;
                }
            }
        }
    }

    private static int IndexOfTokenStartingAt(ReadOnlySpan<Token> tokens, int start)
    {
        int low = 0, high = tokens.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var midStart = tokens[mid].Start;
            if (midStart == start)
            {
                return tokens[mid].CanMatch ? mid : -1;
            }

            if (midStart < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Drops names and excepted phrases, then keeps the longest of overlapping matches.</summary>
    private Finding[] Resolve(string text, ReadOnlySpan<Token> tokens, List<Candidate> candidates)
    {
        var matches = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (candidate.IsException || IsExcepted(candidate, candidates) || EndsInsideCompound(candidate, tokens))
            {
                continue;
            }

            if (_capitalisesNouns[candidate.RuleIndex] ? IsGermanNonMatch(text, tokens, candidate) : IsEnglishName(text, tokens, candidate))
            {
                continue;
            }

            matches.Add(candidate);
        }

        matches.Sort((a, b) => b.TokenCount != a.TokenCount
            ? b.TokenCount.CompareTo(a.TokenCount)
            : _rules[b.RuleIndex].Severity != _rules[a.RuleIndex].Severity
                ? _rules[b.RuleIndex].Severity.CompareTo(_rules[a.RuleIndex].Severity)
                : a.First.CompareTo(b.First));

        var kept = new List<Candidate>();
        foreach (var match in matches)
        {
            if (!kept.Exists(k => k.Overlaps(match)))
            {
                kept.Add(match);
            }
        }

        kept.Sort((a, b) => a.First.CompareTo(b.First));
        var findings = new Finding[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var start = tokens[kept[i].First].Start;
            var end = tokens[kept[i].Last].End;
            findings[i] = new Finding(_rules[kept[i].RuleIndex], start, end - start, text[start..end]);
        }

        return findings;
    }

    private bool IsEnglishName(string text, ReadOnlySpan<Token> tokens, Candidate candidate) =>
        !_rules[candidate.RuleIndex].CaseSensitive
        && NameHeuristic.IsLikelyName(text, tokens, candidate.First, candidate.Last, _properWords[candidate.RuleIndex]);

    /// <summary>
    /// German: forms that already include everyone (Mitarbeiter*innen, Kolleginnen und Kollegen), the first part of a
    /// hyphenated compound (Mitarbeiter-Befragung, like Mitarbeiterbefragung: only the last part names people; slurs,
    /// the warnings, hurt in any part), and names.
    /// </summary>
    private bool IsGermanNonMatch(string text, ReadOnlySpan<Token> tokens, Candidate candidate) =>
        GermanGenderForms.IsInclusive(text, tokens, candidate.First, candidate.Last)
        || (candidate.Last + 1 < tokens.Length && tokens[candidate.Last + 1].Has(TokenFlags.HyphenJoined)
            && _rules[candidate.RuleIndex].Severity < Severity.Warning)
        || (!_rules[candidate.RuleIndex].CaseSensitive
            && GermanNameHeuristic.IsLikelyName(text, tokens, candidate.First, candidate.Last, _lowerWords[candidate.RuleIndex]));

    /// <summary>A phrase whose last word is the first half of a compound ("so gay-friendly") is another phrase.</summary>
    private static bool EndsInsideCompound(Candidate match, ReadOnlySpan<Token> tokens) =>
        match.First < match.Last && match.Last + 1 < tokens.Length && tokens[match.Last + 1].Has(TokenFlags.HyphenJoined);

    private static bool IsExcepted(Candidate match, List<Candidate> candidates) =>
        candidates.Exists(c => c.IsException && c.RuleIndex == match.RuleIndex && c.Covers(match));

    /// <summary>Candidates that come to nothing (a name, an exception) are common; their list is reused per thread.</summary>
    [ThreadStatic]
    private static List<Candidate>? t_spareCandidates;

    private static List<Candidate> RentCandidates()
    {
        var list = t_spareCandidates ?? [];
        t_spareCandidates = null;
        return list;
    }

    private static void RecycleCandidates(List<Candidate>? list)
    {
        if (list is not null)
        {
            list.Clear();
            t_spareCandidates = list;
        }
    }

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}

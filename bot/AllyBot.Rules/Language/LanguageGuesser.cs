using System.Buffers;
using System.Numerics;
using AllyBot.Rules.Matching;
using static AllyBot.Rules.Language.LanguageProfiles;

namespace AllyBot.Rules.Language;

/// <summary>
/// A cheap local language guess: no dependencies, no I/O, no allocation beyond the result. Counts the function words
/// of each known language (<see cref="KnownLanguages"/>) and a few spelling features (ß, umlauts, ñ, ã, "ij", "-ung",
/// "-ción"...), over the words the rule scanner reads, so code, URLs, paths, mentions, emoji codes and quotes never
/// count. Confidence is the leader's lead over the runner-up, scaled down when there is little evidence (one or two
/// short words are never confident).
/// </summary>
public static class LanguageGuesser
{
    /// <summary>The leader's score at which the evidence counts in full (about three distinctive function words).</summary>
    private const double FullEvidence = 18;

    private const int StackTokens = 512;

    private const int MaxWordLength = 24;

    /// <summary>The languages the guesser can name.</summary>
    public static IReadOnlyList<string> KnownLanguages => Languages;

    /// <summary>The guess for the whole of <paramref name="text"/>.</summary>
    public static LanguageGuess Guess(ReadOnlySpan<char> text)
    {
        Span<int> scores = stackalloc int[Languages.Length];
        var rented = Rent(text.Length, out var tokens, stackalloc Token[StackTokens]);
        try
        {
            var count = TextScanner.Tokenize(text, tokens);
            AddScores(text, tokens[..count], scores);
            return ToGuess(scores);
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>The guess for the whole of <paramref name="text"/> and for each of its sentences (see <see cref="TextLanguages"/>).</summary>
    public static TextLanguages Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> total = stackalloc int[Languages.Length];
        Span<int> sentence = stackalloc int[Languages.Length];
        var sentences = new List<SentenceGuess>(1);
        var rented = Rent(text.Length, out var tokens, stackalloc Token[StackTokens]);
        try
        {
            var count = TextScanner.Tokenize(text, tokens);
            var first = 0;
            for (var i = 1; i <= count; i++)
            {
                if (i < count && !tokens[i].Has(TokenFlags.SentenceInitial))
                {
                    continue;
                }

                sentence.Clear();
                AddScores(text, tokens[first..i], sentence);
                for (var l = 0; l < total.Length; l++)
                {
                    total[l] += sentence[l];
                }

                var start = sentences.Count == 0 ? 0 : tokens[first].Start;
                var end = i < count ? tokens[i].Start : text.Length;
                sentences.Add(new SentenceGuess(start, end - start, ToGuess(sentence)));
                first = i;
            }

            if (sentences.Count == 0)
            {
                sentences.Add(new SentenceGuess(0, text.Length, LanguageGuess.None));
            }

            return new TextLanguages(ToGuess(total), sentences);
        }
        finally
        {
            Return(rented);
        }
    }

    private static Token[]? Rent(int textLength, out Span<Token> tokens, Span<Token> onStack)
    {
        var needed = TextScanner.MaxTokens(textLength);
        if (needed <= onStack.Length)
        {
            tokens = onStack[..needed];
            return null;
        }

        var rented = ArrayPool<Token>.Shared.Rent(needed);
        tokens = rented.AsSpan(0, needed);
        return rented;
    }

    private static void Return(Token[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<Token>.Shared.Return(rented);
        }
    }

    private static void AddScores(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> scores)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        foreach (var token in tokens)
        {
            if (!token.CanMatch || token.Length > MaxWordLength)
            {
                continue;
            }

            var word = lower[..text.Slice(token.Start, token.Length).ToLowerInvariant(lower)];
            if (ByWord.TryGetValue(word, out var mask))
            {
                // A word only one language uses says more than one five languages share.
                var weight = BitOperations.PopCount(mask) switch { 1 => 6, 2 => 3, 3 => 2, _ => 1 };
                for (var l = 0; l < scores.Length; l++)
                {
                    if ((mask & (1 << l)) != 0)
                    {
                        scores[l] += weight;
                    }
                }
            }

            AddSpelling(word, scores);
        }
    }

    private static void AddSpelling(ReadOnlySpan<char> word, Span<int> scores)
    {
        foreach (var c in word)
        {
            switch (c)
            {
                case 'ß': scores[De] += 6; break;
                case 'ä' or 'ö' or 'ü': scores[De] += 3; break;
                case 'ñ': scores[Es] += 6; break;
                case 'ã' or 'õ': scores[Pt] += 6; break;
                case 'ç': scores[Fr] += 3; scores[Pt] += 3; break;
                case 'è' or 'ë' or 'î' or 'û' or 'ù' or 'œ': scores[Fr] += 3; break;
                case 'ê' or 'ô': scores[Fr] += 2; scores[Pt] += 2; break;
                case 'é': scores[Fr] += 2; scores[Es] += 1; scores[Pt] += 1; scores[It] += 1; break;
                case 'à': scores[Fr] += 2; scores[It] += 1; scores[Pt] += 1; break;
                case 'á' or 'í' or 'ó' or 'ú': scores[Es] += 2; scores[Pt] += 2; break;
                case 'ì' or 'ò': scores[It] += 3; break;
                default: break;
            }
        }

        if (word.Length < 5)
        {
            return;
        }

        if (word.EndsWith("ung") || word.EndsWith("keit") || word.EndsWith("heit") || word.EndsWith("lich") || word.EndsWith("chen"))
        {
            scores[De] += 2;
        }
        else if (word.EndsWith("ing") || word.EndsWith("ly"))
        {
            scores[En] += 2;
        }
        else if (word.EndsWith("ción") || word.EndsWith("ciones"))
        {
            scores[Es] += 3;
        }
        else if (word.EndsWith("ção") || word.EndsWith("ções"))
        {
            scores[Pt] += 3;
        }
        else if (word.EndsWith("zione") || word.EndsWith("zioni"))
        {
            scores[It] += 3;
        }
        else if (word.EndsWith("eau") || word.EndsWith("eux"))
        {
            scores[Fr] += 2;
        }

        if (word.Contains("ij", StringComparison.Ordinal))
        {
            scores[Nl] += 3;
        }

        if (word.Contains("sch", StringComparison.Ordinal))
        {
            scores[De] += 1;
        }
        else if (word.Contains("th", StringComparison.Ordinal))
        {
            scores[En] += 1;
        }
    }

    private static LanguageGuess ToGuess(ReadOnlySpan<int> scores)
    {
        var best = -1;
        var second = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (best < 0 || scores[l] > scores[best])
            {
                second = best < 0 ? 0 : scores[best];
                best = l;
            }
            else if (scores[l] > second)
            {
                second = scores[l];
            }
        }

        var top = scores[best];
        if (top == 0)
        {
            return LanguageGuess.None;
        }

        var lead = (double)(top - second) / top;
        var evidence = Math.Min(1, top / FullEvidence);
        return new LanguageGuess(top == second ? LanguageGuess.Undetermined : Languages[best], lead * evidence, top);
    }
}

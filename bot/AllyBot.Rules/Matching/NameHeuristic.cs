using System.Collections.Frozen;

namespace AllyBot.Rules.Matching;

/// <summary>
/// Decides whether matched words are part of a name (a person, brand, band, place or title) from capitalisation:
/// a capital mid-sentence ("ask Guy", "we use Crazy Egg"), a capitalised neighbour at the start of a sentence
/// ("Crazy Egg is down"), or a phrase in title case. Capitals say nothing at a sentence start, after a greeting
/// ("Hey Guys"), in all-caps shouting, or where the rule itself writes them.
/// </summary>
internal static class NameHeuristic
{
    /// <summary>Greetings and pronouns: capitalised at a sentence start, they are no evidence that the next word is a name.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningWords = new[]
    {
        "hey", "hi", "hello", "howdy", "morning", "evening", "afternoon", "thanks", "thank", "thx", "you", "all",
        "ok", "okay", "dear", "yo", "sorry", "so", "and", "but", "oh", "ah", "wow", "ya", "y'all", "come", "great",
        "good", "well", "please", "lol", "no", "i", "we", "they",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words a title leaves in lower case ("Fanfare for the Common Man").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSmallWords = new[]
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on", "at", "by", "with", "like", "as",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="text">The message.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="first">First matched word.</param>
    /// <param name="last">Last matched word.</param>
    /// <param name="properWords">Words the rule itself writes with a capital ("Jesus freak"): their capital is no evidence.</param>
    public static bool IsLikelyName(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? properWords)
    {
        if (first < last)
        {
            // A phrase is a name only when written in title case ("Run Like a Girl", "the Common Man"); a
            // capitalised nationality inside an idiom ("an Indian giver") is not.
            var capitalsMidSentence = 0;
            for (var k = first; k <= last; k++)
            {
                var word = tokens[k];
                if (IsProper(text, word, properWords))
                {
                    continue;
                }

                if (IsEvidence(text, word, properWords))
                {
                    capitalsMidSentence += word.Has(TokenFlags.SentenceInitial) ? 0 : 1;
                }
                else if (!TitleSmallWords.Contains(text.Slice(word.Start, word.Length)))
                {
                    return false;
                }
            }

            return capitalsMidSentence > 0;
        }

        var token = tokens[first];
        if (!IsEvidence(text, token, properWords))
        {
            return false;
        }

        if (token.Has(TokenFlags.SentenceInitial))
        {
            // "Crazy Egg is down", "Guys and Dolls is on": a capitalised word follows, perhaps after one small word.
            var next = first + 1;
            if (next + 1 < tokens.Length && tokens[next].Has(TokenFlags.JoinsPrevious)
                && TitleSmallWords.Contains(text.Slice(tokens[next].Start, tokens[next].Length)))
            {
                next++;
            }

            return next < tokens.Length && IsNamePart(text, tokens[next]);
        }

        var afterOpening = first > 0 && token.Has(TokenFlags.JoinsPrevious)
            && tokens[first - 1].Has(TokenFlags.SentenceInitial) && IsOpeningWord(text, tokens[first - 1]);
        return !afterOpening;
    }

    private static bool IsEvidence(ReadOnlySpan<char> text, Token token, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? properWords) =>
        token.Has(TokenFlags.Capitalized) && !IsProper(text, token, properWords);

    private static bool IsProper(ReadOnlySpan<char> text, Token token, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? properWords) =>
        properWords?.Contains(text.Slice(token.Start, token.Length)) ?? false;

    private static bool IsNamePart(ReadOnlySpan<char> text, Token next) =>
        next.Has(TokenFlags.JoinsPrevious) && next.Has(TokenFlags.Capitalized)
        && !next.Has(TokenFlags.SentenceInitial) && !IsOpeningWord(text, next);

    private static bool IsOpeningWord(ReadOnlySpan<char> text, Token token) =>
        OpeningWords.Contains(text.Slice(token.Start, token.Length));
}

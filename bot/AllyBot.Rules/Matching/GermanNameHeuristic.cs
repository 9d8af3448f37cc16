using System.Collections.Frozen;

namespace AllyBot.Rules.Matching;

/// <summary>
/// Name detection for German, where every noun has a capital, so a capital alone says nothing. A match is taken for a
/// name (a person, firm, product or title) when a word the rule writes in lower case is capitalised mid-sentence
/// ("der Film Bekloppt"), when a title or a capitalised word runs straight into it ("Herr Fachmann", "Hotel
/// Mannschaft"), or when a legal form follows ("Fachmann GmbH"). Greetings at a sentence start ("Hallo Liebe
/// Kollegen") and the formal pronouns ("Ihre Mitarbeiter") are no evidence.
/// </summary>
internal static class GermanNameHeuristic
{
    /// <summary>Greetings: capitalised at the start of a message or sentence ("Hallo Liebe Kollegen"), they are no evidence.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Greetings = new[]
    {
        "hallo", "hi", "hey", "moin", "servus", "hej", "na", "liebe", "lieber", "liebes", "lieben", "sehr", "geehrte",
        "geehrter", "geehrten", "guten", "morgen", "tag", "abend", "danke", "vielen", "dank", "herzlich", "herzliche",
        "herzlichen", "willkommen", "an", "alle", "und", "oder", "aber", "ja", "nein", "ok", "okay", "bitte", "liebste", "liebsten",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The formal pronouns, capitalised anywhere ("für Ihre Mitarbeiter").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FormalPronouns = new[]
    {
        "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen", "euch", "eure", "euren", "eurem", "eurer", "du", "dein",
        "deine", "deinen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that introduce a name ("Herr Fachmann", "Firma Mannschaft").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new[]
    {
        "herr", "herrn", "frau", "dr", "prof", "familie", "firma", "fa",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Legal forms of companies, written as registered.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalForms = new[]
    {
        "GmbH", "AG", "KG", "KGaA", "SE", "UG", "OHG", "GbR", "eG", "mbH", "Inc", "Ltd", "LLC", "Co",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="text">The message.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="first">First matched word.</param>
    /// <param name="last">Last matched word.</param>
    /// <param name="lowerWords">The forms of the words the rule writes in lower case; only their capital is evidence.</param>
    public static bool IsLikelyName(
        ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? lowerWords)
    {
        var before = first > 0 && tokens[first].Has(TokenFlags.JoinsPrevious) && !tokens[first].Has(TokenFlags.HyphenJoined) ? first - 1 : -1;
        var afterNoEvidence = first > 0 && (FormalPronouns.Contains(Word(text, tokens[first - 1])) || IsGreeting(text, tokens, first - 1));
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            var capitalMidSentence = token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.SentenceInitial) && !(k == first && afterNoEvidence);
            if (capitalMidSentence && (lowerWords?.Contains(Word(text, token)) ?? false))
            {
                return true;
            }
        }

        if (first > 0 && tokens[first].Has(TokenFlags.Capitalized) && Titles.Contains(Word(text, tokens[first - 1])))
        {
            return true;
        }

        // Two capitalised words in a row ("Thomas Mann", "Hotel Mannschaft"); a capitalised noun before a lower-case
        // word ("der Server rechnet") is ordinary German.
        if (before >= 0 && !afterNoEvidence && tokens[first].Has(TokenFlags.Capitalized))
        {
            var previous = tokens[before];
            if (previous.Has(TokenFlags.Capitalized) && !previous.Has(TokenFlags.SentenceInitial))
            {
                return true;
            }
        }

        return last + 1 < tokens.Length && tokens[last + 1].Has(TokenFlags.JoinsPrevious) && LegalForms.Contains(Word(text, tokens[last + 1]));
    }

    /// <summary>A greeting word at a sentence start, or following one ("Guten Abend", "Hallo, Liebe").</summary>
    private static bool IsGreeting(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = index; k >= 0 && k > index - 3 && Greetings.Contains(Word(text, tokens[k])); k--)
        {
            if (tokens[k].Has(TokenFlags.SentenceInitial))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
}

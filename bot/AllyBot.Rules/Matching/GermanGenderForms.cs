namespace AllyBot.Rules.Matching;

/// <summary>
/// German forms that already include everyone, so a masculine word inside them is no generic masculine: gender
/// signs (Mitarbeiter*innen, Mitarbeiter:innen, Mitarbeiter/-innen, Mitarbeiter_innen, Mitarbeiter·innen,
/// Ansprechpartner(in)) and pairs (Kolleginnen und Kollegen, Teilnehmer/Teilnehmerinnen, Mitarbeiter oder
/// Mitarbeiterin). Binnen-I (MitarbeiterInnen) and underscores are identifiers to the scanner and never match.
/// </summary>
internal static class GermanGenderForms
{
    private static readonly string[] Connectors = ["und", "oder", "bzw", "sowie"];

    public static bool IsInclusive(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last) =>
        HasGenderSign(text, tokens[last].End) || IsPaired(text, tokens, first, last);

    private static bool HasGenderSign(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || text[end] is not ('*' or ':' or '/' or '_' or '\u00B7' or '('))
        {
            return false;
        }

        var rest = text[(end + 1)..];
        if (rest.StartsWith("-"))
        {
            rest = rest[1..];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["innen", "in"])
        {
            if (rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase) && (rest.Length == suffix.Length || !char.IsLetter(rest[suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A feminine form of a matched word within a few words, joined by a slash or a connector ("und", "oder").</summary>
    private static bool IsPaired(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var masculine = Word(text, tokens[k]);
            if (IsFeminineNear(text, tokens, masculine, first - 1, -1) || IsFeminineNear(text, tokens, masculine, last + 1, +1))
            {
                return true;
            }
        }

        return false;
    }

    private const int PairReach = 4;

    private static bool IsFeminineNear(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> masculine, int from, int step)
    {
        var connector = false;
        for (int j = from, seen = 0; j >= 0 && j < tokens.Length && seen < PairReach; j += step, seen++)
        {
            var word = Word(text, tokens[j]);
            if (IsFeminineOf(word, masculine))
            {
                // Right next to it only when joined by a slash ("Teilnehmer/Teilnehmerinnen").
                return connector || (seen == 0 && tokens[step > 0 ? j : j + 1].Has(TokenFlags.JoinsPrevious));
            }

            connector |= IsConnector(word);
        }

        return false;
    }

    private static bool IsFeminineOf(ReadOnlySpan<char> word, ReadOnlySpan<char> masculine)
    {
        var stem = Math.Min(5, masculine.Length - 1);
        return stem > 2
            && (word.EndsWith("innen", StringComparison.OrdinalIgnoreCase) || word.EndsWith("in", StringComparison.OrdinalIgnoreCase))
            && word.Length > stem && word[..stem].Equals(masculine[..stem], StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in Connectors)
        {
            if (word.Equals(connector, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
}

namespace AllyBot.Rules.Matching;

/// <summary>
/// The forms a German rule phrase is looked for in. German inflects by endings, so the last word gets the regular
/// ones: a noun (written with a capital) <c>-s</c>, <c>-es</c>, <c>-n</c>, <c>-en</c> (Mitarbeiter → Mitarbeiters,
/// Mitarbeitern), any other word the adjective endings <c>-e</c>, <c>-en</c>, <c>-er</c>, <c>-es</c>, <c>-em</c>
/// (behindert → behinderte, behinderten). Umlaut plurals (Fachmänner) are listed by the rule. Every form is also
/// looked for with ä/ö/ü/ß spelled ae/oe/ue/ss, as people without a German keyboard write them.
/// </summary>
internal static class GermanForms
{
    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜß");
    private static readonly string[] NounEndings = ["s", "es", "n", "en"];
    private static readonly string[] OtherEndings = ["e", "en", "er", "es", "em"];

    public static IEnumerable<string[]> Expand(string[] words, bool inflect, bool closeUp)
    {
        var bases = new List<string[]> { words };
        if (words.Length > 1 && closeUp)
        {
            bases.Add([string.Concat(words)]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in bases)
        {
            foreach (var last in LastWordForms(phrase[^1], inflect))
            {
                var form = (string[])phrase.Clone();
                form[^1] = last;
                foreach (var spelling in new[] { form, Array.ConvertAll(form, Transliterate) })
                {
                    if (seen.Add(string.Join(' ', spelling)))
                    {
                        yield return spelling;
                    }
                }
            }
        }
    }

    /// <summary>ä → ae, ö → oe, ü → ue, ß → ss (capitals alike); the word itself when it has none.</summary>
    public static string Transliterate(string word)
    {
        if (word.AsSpan().IndexOfAny(Umlauts) < 0)
        {
            return word;
        }

        return word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal)
            .Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
    }

    private static IEnumerable<string> LastWordForms(string word, bool inflect)
    {
        yield return word;
        if (!inflect)
        {
            yield break;
        }

        foreach (var ending in char.IsUpper(word[0]) ? NounEndings : OtherEndings)
        {
            yield return word + ending;
        }
    }
}

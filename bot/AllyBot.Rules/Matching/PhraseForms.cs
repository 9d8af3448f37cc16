using AllyBot.Rules.Model;

namespace AllyBot.Rules.Matching;

/// <summary>Turns a rule's phrase into the word sequences the matcher looks for.</summary>
internal static class PhraseForms
{
    /// <summary>
    /// Splits a phrase into words exactly as messages are split, so the two always agree ("man-hours" is
    /// <c>man</c>, <c>hours</c>). Returns null when the phrase holds anything but plain words separated by spaces,
    /// hyphens, slashes or a possessive apostrophe ("he/she", "wives' tale").
    /// </summary>
    public static string[]? SplitWords(string phrase)
    {
        var buffer = new Token[TextScanner.MaxTokens(phrase.Length)];
        var count = TextScanner.Tokenize(phrase, buffer);
        if (count == 0)
        {
            return null;
        }

        var words = new string[count];
        var gapStart = 0;
        for (var i = 0; i < count; i++)
        {
            var token = buffer[i];
            if (!token.CanMatch || (i > 0 && !token.Has(TokenFlags.JoinsPrevious)) || !IsSeparator(phrase.AsSpan(gapStart, token.Start - gapStart)))
            {
                return null;
            }

            words[i] = phrase.Substring(token.Start, token.Length);
            gapStart = token.End;
        }

        return IsSeparator(phrase.AsSpan(gapStart)) ? words : null;
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every form to look for: the phrase as written, closed up unless <paramref name="closeUp"/> is false
    /// ("white list" → "whitelist"; never for "s/he"), and, unless <paramref name="inflect"/> is false, plural and
    /// possessive forms of the last word, with either apostrophe. German phrases (<paramref name="language"/>
    /// <c>de</c>) get German endings instead (see <see cref="GermanForms"/>).
    /// </summary>
    public static IEnumerable<string[]> Expand(string[] words, bool inflect, bool closeUp = true, string language = "en")
    {
        if (LanguageTags.Primary(language) == "de")
        {
            return GermanForms.Expand(words, inflect, closeUp);
        }

        return ExpandEnglish(words, inflect, closeUp);
    }

    private static IEnumerable<string[]> ExpandEnglish(string[] words, bool inflect, bool closeUp)
    {
        var bases = new List<string[]> { words };
        if (words.Length > 1 && closeUp)
        {
            bases.Add([string.Concat(words)]);
        }

        foreach (var phrase in bases)
        {
            foreach (var last in LastWordForms(phrase[^1], inflect))
            {
                var form = (string[])phrase.Clone();
                form[^1] = last;
                yield return form;

                // Phones and Teams send curly apostrophes ("that’s"): accept both styles throughout the phrase.
                var curly = Array.ConvertAll(form, w => w.Replace('\'', '\u2019'));
                if (!curly.SequenceEqual(form))
                {
                    yield return curly;
                    yield return Array.ConvertAll(form, w => w.Replace('\u2019', '\''));
                }
            }
        }
    }

    private static HashSet<string> LastWordForms(string word, bool inflect)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        if (inflect)
        {
            forms.Add(Plural(word));
            forms.Add(word + "'s");
        }

        foreach (var form in forms.ToArray())
        {
            forms.Add(form.Replace('\'', '\u2019'));
            forms.Add(form.Replace('\u2019', '\''));
        }

        return forms;
    }

    /// <summary>A regular English plural; irregular ones (chairmen) are listed by the rule itself.</summary>
    internal static string Plural(string word)
    {
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        if (word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 1), "ies");
        }

        return word + "s";
    }
}

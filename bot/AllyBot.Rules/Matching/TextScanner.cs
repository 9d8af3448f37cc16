using System.Buffers;

namespace AllyBot.Rules.Matching;

/// <summary>
/// Splits chat text (Slack mrkdwn or Teams HTML) into words in one pass, leaving out everything the author cites
/// rather than says: quotes, code, URLs, paths, mentions, channel links, emoji codes, markup and quoted or shell lines.
/// Offsets always refer to the original text. Allocates nothing.
/// </summary>
internal static class TextScanner
{
    private static readonly SearchValues<char> ChunkMarkers = SearchValues.Create("/\\@:.#");

    /// <summary>HTML elements whose whole content is cited, not said: Teams mentions, code and quotes.</summary>
    private static readonly (string Element, string Closing)[] CitedElements =
        [("at", "</at>"), ("code", "</code>"), ("pre", "</pre>"), ("blockquote", "</blockquote>")];

    /// <summary>The buffer size that always suffices for <paramref name="textLength"/> characters.</summary>
    public static int MaxTokens(int textLength) => (textLength / 2) + 1;

    /// <summary>Writes the words of <paramref name="text"/> into <paramref name="tokens"/> and returns how many.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var count = 0;
        var sentenceStart = true;
        var joinable = false;
        var hyphenated = false;
        var lineStart = true;
        var i = 0;

        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lineStart = true;
                sentenceStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var skipTo = lineStart ? SkippedLineEnd(text, i) : -1;
            lineStart = false;
            if (skipTo < 0)
            {
                skipTo = CitedSpanEnd(text, i);
            }

            if (skipTo < 0 && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('))
            {
                skipTo = NonProseChunkEnd(text, i);
            }

            if (skipTo > i)
            {
                i = skipTo;
                joinable = false;
                continue;
            }

            if (IsWordChar(c))
            {
                var token = ReadWord(text, i, joinable && count > 0, sentenceStart);
                if (hyphenated && token.Has(TokenFlags.JoinsPrevious))
                {
                    token = token with { Flags = token.Flags | TokenFlags.HyphenJoined };
                }

                tokens[count++] = token;
                i = token.End;
                sentenceStart = false;
                joinable = true;
                hyphenated = false;
                continue;
            }

            if (c is '.' or '!' or '?')
            {
                sentenceStart = true;
            }

            // Hyphens, slashes and a possessive apostrophe keep a phrase together ("man-hours", "master/slave",
            // "old wives' tale"); any other punctuation ends it.
            var possessive = c is '\'' or '\u2019' && i > 0 && char.IsLetter(text[i - 1]);
            var hyphen = c is '-' or '\u2010' or '\u2011';
            hyphenated |= hyphen;
            if (!hyphen && !possessive && c != '/')
            {
                joinable = false;
            }

            i++;
        }

        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static Token ReadWord(ReadOnlySpan<char> text, int start, bool joinsPrevious, bool sentenceInitial)
    {
        var i = start;
        var letters = 0;
        var upper = 0;
        var hasDigit = false;
        var identifier = false;
        var previousLower = false;

        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                var isUpper = char.IsUpper(c);
                if (isUpper)
                {
                    upper++;
                    identifier |= previousLower;
                }

                previousLower = char.IsLower(c);
            }
            else if (char.IsDigit(c))
            {
                hasDigit = true;
                previousLower = false;
            }
            else if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // combining accents belong to the letter before them
            }
            else if (c == '_' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                identifier = true;
                previousLower = false;
            }
            else if (c is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                previousLower = false;
            }
            else
            {
                break;
            }

            i++;
        }

        var flags = TokenFlags.None;
        if (joinsPrevious)
        {
            flags |= TokenFlags.JoinsPrevious;
        }

        if (sentenceInitial)
        {
            flags |= TokenFlags.SentenceInitial;
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }
        else if (char.IsUpper(text[start]))
        {
            flags |= TokenFlags.Capitalized;
        }

        if (hasDigit)
        {
            flags |= TokenFlags.HasDigit;
        }

        if (identifier)
        {
            flags |= TokenFlags.Identifier;
        }

        return new Token(start, i - start, flags);
    }

    /// <summary>Quoted (&gt;) and shell ($) lines are cited, not said. Returns the line end, or -1.</summary>
    private static int SkippedLineEnd(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        var quoted = rest.StartsWith(">") || rest.StartsWith("&gt;", StringComparison.Ordinal);
        var shell = rest.StartsWith("$ ");
        if (!quoted && !shell)
        {
            return -1;
        }

        var newline = rest.IndexOfAny('\n', '\r');
        return newline < 0 ? text.Length : i + newline;
    }

    /// <summary>Code, quotes, markup, emoji codes and entities starting at <paramref name="i"/>. Returns their end, or -1.</summary>
    private static int CitedSpanEnd(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '`' => CodeEnd(text, i),
        '<' => MarkupEnd(text, i),
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' => DoubleQuoteEnd(text, i),
        '\'' or '\u2018' => SingleQuoteEnd(text, i),
        ':' => EmojiCodeEnd(text, i),
        '&' => EntityEnd(text, i),
        _ => -1,
    };

    private static int CodeEnd(ReadOnlySpan<char> text, int i)
    {
        if (text[i..].StartsWith("```"))
        {
            var close = text[(i + 3)..].IndexOf("```");
            return close < 0 ? text.Length : i + 3 + close + 3;
        }

        var end = text[(i + 1)..].IndexOf('`');
        return end < 0 ? -1 : i + 1 + end + 1;
    }

    private static int MarkupEnd(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !(char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '@' or '#' or '!'))
        {
            return -1;
        }

        var rest = text[i..];
        foreach (var (element, closing) in CitedElements)
        {
            if (StartsWithTag(rest, element))
            {
                var close = rest.IndexOf(closing, StringComparison.OrdinalIgnoreCase);
                if (close >= 0)
                {
                    return i + close + closing.Length;
                }
            }
        }

        var tagEnd = rest.IndexOf('>');
        return tagEnd < 0 ? -1 : i + tagEnd + 1;
    }

    private static bool StartsWithTag(ReadOnlySpan<char> rest, string element) =>
        rest.Length > element.Length + 1
        && rest[1..].StartsWith(element, StringComparison.OrdinalIgnoreCase)
        && rest[element.Length + 1] is '>' or ' ';

    private static int DoubleQuoteEnd(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
        {
            return -1;
        }

        var closers = text[i] switch
        {
            '\u00AB' => "\u00BB",
            '\u201E' => "\u201C\u201D\"",
            _ => "\"\u201D\u201C",
        };
        var close = text[(i + 1)..].IndexOfAny(closers);
        return close < 0 ? -1 : i + 1 + close + 1;
    }

    private static int SingleQuoteEnd(ReadOnlySpan<char> text, int i)
    {
        var opens = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
        if (!opens)
        {
            return -1;
        }

        for (var j = i + 2; j < text.Length; j++)
        {
            var c = text[j];
            if (c is '\n' or '\r')
            {
                return -1;
            }

            var closes = c is '\'' or '\u2019'
                && !char.IsWhiteSpace(text[j - 1])
                && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1]));
            if (closes)
            {
                return j + 1;
            }
        }

        return -1;
    }

    private static int EmojiCodeEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        while (j < text.Length && (char.IsAsciiLetterLower(text[j]) || char.IsAsciiDigit(text[j]) || text[j] is '_' or '+' or '-'))
        {
            j++;
        }

        return j > i + 1 && j < text.Length && text[j] == ':' ? j + 1 : -1;
    }

    private static int EntityEnd(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (rest.StartsWith("&quot;", StringComparison.Ordinal))
        {
            var close = rest[6..].IndexOf("&quot;", StringComparison.Ordinal);
            return close < 0 ? i + 6 : i + 6 + close + 6;
        }

        var j = 1;
        while (j < rest.Length && j < 10 && (char.IsAsciiLetterOrDigit(rest[j]) || rest[j] == '#'))
        {
            j++;
        }

        return j > 1 && j < rest.Length && rest[j] == ';' ? i + j + 1 : -1;
    }

    /// <summary>URLs, file paths, e-mail addresses, @mentions, #channels and --flags. Returns the chunk end, or -1.</summary>
    private static int NonProseChunkEnd(ReadOnlySpan<char> text, int i)
    {
        var chunk = text[i..];
        for (var k = 0; k < chunk.Length; k++)
        {
            if (char.IsWhiteSpace(chunk[k]))
            {
                chunk = chunk[..k];
                break;
            }
        }

        var end = i + chunk.Length;
        var first = chunk[0];

        if (first == '@' || (first == '#' && chunk.Length > 1 && char.IsLetter(chunk[1])) || chunk.StartsWith("--"))
        {
            return end;
        }

        if (chunk.IndexOfAny(ChunkMarkers) < 0)
        {
            return -1;
        }

        var core = chunk.TrimEnd(".,;:!?)]}\"'\u2019\u201D*_~");
        return IsUrl(core) || IsEmail(core) || IsPath(core) || IsFileName(core) ? end : -1;
    }

    private static bool IsUrl(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmail(ReadOnlySpan<char> chunk)
    {
        var at = chunk.IndexOf('@');
        return at > 0 && chunk[at..].Contains('.');
    }

    private static bool IsPath(ReadOnlySpan<char> chunk)
    {
        if (chunk.Contains('\\'))
        {
            return true;
        }

        var slash = chunk.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        return (slash == 0 && chunk.Length > 1)
            || chunk.StartsWith("./") || chunk.StartsWith("../") || chunk.StartsWith("~/")
            || chunk.Count('/') >= 2
            || chunk[..slash].Contains('.')
            || IsFileName(chunk[(chunk.LastIndexOf('/') + 1)..]);
    }

    /// <summary>name.ext with a lower-case extension: <c>blacklist.txt</c>, <c>master.yml</c>, <c>example.com</c>.</summary>
    private static bool IsFileName(ReadOnlySpan<char> chunk)
    {
        var dot = chunk.LastIndexOf('.');
        if (dot <= 0 || dot == chunk.Length - 1 || !char.IsLetterOrDigit(chunk[dot - 1]))
        {
            return false;
        }

        foreach (var c in chunk[(dot + 1)..])
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}

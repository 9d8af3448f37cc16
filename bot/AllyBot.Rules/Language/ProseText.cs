using System.Buffers;
using System.Text;
using AllyBot.Rules.Matching;

namespace AllyBot.Rules.Language;

/// <summary>
/// The words a person actually wrote, without what they cite or point at: code, quotes, URLs, paths, e-mail addresses,
/// mentions, channel links, emoji codes and markup are left out. What AllyBot sends to a language service, so no
/// mention, link or code ever leaves the process for language detection or classification.
/// </summary>
public static class ProseText
{
    /// <summary>The words of <paramref name="text"/>, one space between them, sentence ends kept as ". ".</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArrayPool<Token>.Shared.Rent(TextScanner.MaxTokens(text.Length));
        try
        {
            var count = TextScanner.Tokenize(text, tokens);
            var prose = new StringBuilder(text.Length);
            for (var i = 0; i < count; i++)
            {
                var token = tokens[i];
                if (i > 0)
                {
                    prose.Append(token.Has(TokenFlags.SentenceInitial) ? ". " : " ");
                }

                prose.Append(text, token.Start, token.Length);
            }

            return prose.ToString();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}

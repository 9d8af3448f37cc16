namespace AllyBot.Rules.Language;

/// <summary>
/// What the local guesser found in one message: a guess for the whole text and one per sentence (or line).
/// Policy for mixed messages: every sentence whose own guess is confident keeps its language; all other sentences
/// (short, or without evidence) take the message's dominant language. So "Great work, everyone! Das war ein
/// verrückter Tag." gets English rules for the first sentence and German rules for the second.
/// </summary>
/// <param name="Overall">The guess for the whole message (scores summed over every sentence).</param>
/// <param name="Sentences">The sentences in order; together they cover the whole text.</param>
public sealed record TextLanguages(LanguageGuess Overall, IReadOnlyList<SentenceGuess> Sentences)
{
    /// <summary>
    /// Whether the local guess settles the message: the whole text is confident, or it is a mix of sentences that are
    /// each confident (sentences with no evidence at all do not count against it).
    /// </summary>
    public bool IsSure =>
        Overall.IsConfident
        || (Sentences.Any(s => s.Guess.IsConfident) && Sentences.All(s => s.Guess.IsConfident || s.Guess.Evidence == 0));

    /// <summary>
    /// The message cut into runs of one language: confident sentences keep their own, every other sentence gets
    /// <paramref name="dominant"/>; neighbours with the same language are merged. Covers the whole text.
    /// </summary>
    public IReadOnlyList<LanguageSpan> Assign(string dominant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dominant);
        var spans = new List<LanguageSpan>(1);
        foreach (var sentence in Sentences)
        {
            var language = sentence.Guess.IsConfident ? sentence.Guess.Language : dominant;
            if (spans.Count > 0 && string.Equals(spans[^1].Language, language, StringComparison.Ordinal))
            {
                spans[^1] = spans[^1] with { Length = sentence.Start + sentence.Length - spans[^1].Start };
            }
            else
            {
                spans.Add(new LanguageSpan(sentence.Start, sentence.Length, language));
            }
        }

        return spans;
    }
}

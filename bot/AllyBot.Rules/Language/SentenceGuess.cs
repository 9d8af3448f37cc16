namespace AllyBot.Rules.Language;

/// <summary>One sentence (or line) of a message and the local guess for it alone.</summary>
/// <param name="Start">Offset of the sentence in the original text.</param>
/// <param name="Length">Its length, up to the next sentence.</param>
/// <param name="Guess">The guess for this sentence alone.</param>
public readonly record struct SentenceGuess(int Start, int Length, LanguageGuess Guess);

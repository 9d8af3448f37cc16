namespace AllyBot.Rules.Language;

/// <summary>A local guess at the language of some text.</summary>
/// <param name="Language">An ISO 639-1 code (<c>en</c>, <c>de</c>...), or <see cref="LanguageGuess.Undetermined"/> when nothing spoke for any language.</param>
/// <param name="Confidence">0 to 1: how far the leader is ahead, scaled by how much evidence there was.</param>
/// <param name="Evidence">The leader's score (stop words and spelling features); 0 when there was nothing to go on.</param>
public readonly record struct LanguageGuess(string Language, double Confidence, int Evidence)
{
    /// <summary>The BCP 47 code for "undetermined".</summary>
    public const string Undetermined = "und";

    /// <summary>A guess at or above this confidence is taken without asking anyone else.</summary>
    public const double ConfidentAt = 0.5;

    /// <summary>No evidence at all (code only, emoji, one unknown word).</summary>
    public static LanguageGuess None { get; } = new(Undetermined, 0, 0);

    /// <summary>Whether the guess is good enough to act on alone.</summary>
    public bool IsConfident => Confidence >= ConfidentAt && Language != Undetermined;

    /// <summary>Whether some language leads at all, even if not confidently.</summary>
    public bool HasLeader => Evidence > 0 && Language != Undetermined;
}

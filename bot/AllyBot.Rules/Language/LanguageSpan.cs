namespace AllyBot.Rules.Language;

/// <summary>A stretch of a message (offsets into the original text) and its language.</summary>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Language">The language its rules are taken from.</param>
public readonly record struct LanguageSpan(int Start, int Length, string Language)
{
    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;
}

namespace AllyBot.Rules.Model;

/// <summary>One place in a message where a rule matched.</summary>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Start">Offset of the match in the original text (UTF-16 code units).</param>
/// <param name="Length">Length of the match in the original text.</param>
/// <param name="Matched">The matched text, exactly as written.</param>
public sealed record Finding(Rule Rule, int Start, int Length, string Matched)
{
    /// <summary>The rule's message rendered for this match.</summary>
    public string Message => Rule.RenderMessage(Matched);

    /// <summary>Offset just past the match.</summary>
    public int End => Start + Length;
}

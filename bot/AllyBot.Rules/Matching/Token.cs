namespace AllyBot.Rules.Matching;

/// <summary>A word in a message, as offsets into the original text plus what the scanner learned about it.</summary>
internal readonly record struct Token(int Start, int Length, TokenFlags Flags)
{
    public int End => Start + Length;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    /// <summary>Identifiers and words with digits never match a rule word.</summary>
    public bool CanMatch => (Flags & (TokenFlags.Identifier | TokenFlags.HasDigit)) == 0;
}

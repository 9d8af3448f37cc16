namespace AllyBot.Rules.Matching;

/// <summary>What the scanner knows about a <see cref="Token"/>.</summary>
[Flags]
internal enum TokenFlags
{
    None = 0,

    /// <summary>Only spaces, hyphens or line breaks separate this word from the previous one, so a phrase may continue.</summary>
    JoinsPrevious = 1,

    /// <summary>First word of a sentence (capitalisation says nothing about it being a name).</summary>
    SentenceInitial = 2,

    /// <summary>Starts with a capital letter and is not all capitals.</summary>
    Capitalized = 4,

    /// <summary>Two or more letters, all capitals.</summary>
    AllCaps = 8,

    /// <summary>Contains a digit.</summary>
    HasDigit = 16,

    /// <summary>snake_case or camelCase: a code identifier, not prose.</summary>
    Identifier = 32,

    /// <summary>A hyphen links this word to the previous one ("gay-friendly"): they form one compound.</summary>
    HyphenJoined = 64,
}

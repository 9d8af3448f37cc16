using System.Text.RegularExpressions;

namespace AllyBot.Core.Language;

/// <summary>
/// The conservative local pass used when PII redaction is on but Azure AI Language cannot answer in time: it masks
/// e-mail addresses, links, phone numbers and other digit runs, and every capitalised word but "I" (names, places,
/// companies, and also some harmless words: it prefers losing a word to keeping a name). Platform mentions
/// (<c>&lt;@U123&gt;</c>) are kept: they are ids the credit stores anyway.
/// </summary>
public static partial class LocalPiiMask
{
    /// <summary>What a masked span becomes.</summary>
    public const string Mask = "[redacted]";

    /// <summary><paramref name="text"/> with everything that might be personal data replaced by <see cref="Mask"/>.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Suspect().Replace(text, m => m.Groups["mention"].Success || m.Value == "I" ? m.Value : Mask);
    }

    [GeneratedRegex(
        @"(?<mention><[@#!][^>\s]{1,80}>)|[\w.+%-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+|\+?\d[\d\s()./-]{5,}\d|\d{3,}|\b\p{Lu}[\p{L}\p{M}'’-]*",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Suspect();
}

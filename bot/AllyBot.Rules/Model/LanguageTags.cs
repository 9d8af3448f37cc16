namespace AllyBot.Rules.Model;

/// <summary>What AllyBot needs to know about a rule's language tag (<c>en</c>, <c>de-AT</c>...).</summary>
public static class LanguageTags
{
    /// <summary>The language of rules with no <c>locale</c>, which live directly in <c>rules/&lt;category&gt;/</c>.</summary>
    public const string Default = "en";

    /// <summary>The primary subtag, lower case: <c>de-AT</c> → <c>de</c>.</summary>
    public static string Primary(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOfAny(['-', '_']);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }

    /// <summary>Whether two tags share their primary language (<c>de</c> and <c>de-CH</c> do).</summary>
    public static bool SameLanguage(string a, string b) => string.Equals(Primary(a), Primary(b), StringComparison.Ordinal);

    /// <summary>Languages that write every noun with a capital, so a capital is no sign of a name (German, Luxembourgish).</summary>
    public static bool CapitalisesNouns(string tag) => Primary(tag) is "de" or "lb";
}

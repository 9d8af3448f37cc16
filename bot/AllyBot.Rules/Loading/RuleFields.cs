namespace AllyBot.Rules.Loading;

/// <summary>The keys of a rule file, as written in YAML.</summary>
internal static class RuleFields
{
    public const string Id = "id";
    public const string Severity = "severity";
    public const string Match = "match";
    public const string Words = "words";
    public const string Pattern = "pattern";
    public const string Suggestions = "suggestions";
    public const string Message = "message";
    public const string Why = "why";
    public const string Exceptions = "exceptions";
    public const string Examples = "examples";
    public const string Flag = "flag";
    public const string Pass = "pass";
    public const string Link = "link";
    public const string CaseSensitive = "case_sensitive";
    public const string Locale = "locale";
    public const string Category = "category";
    public const string Enabled = "enabled";

    public static readonly string[] TopLevel =
        [Id, Severity, Match, Suggestions, Message, Why, Exceptions, Examples, Link, CaseSensitive, Locale, Category, Enabled];

    public static readonly string[] InMatch = [Words, Pattern];

    public static readonly string[] InExamples = [Flag, Pass];
}

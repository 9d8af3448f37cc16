namespace AllyBot.Rules.Model;

/// <summary>One validated rule, as loaded from <c>rules/&lt;category&gt;/&lt;name&gt;.yml</c>.</summary>
public sealed record Rule
{
    /// <summary>Placeholder in <see cref="Message"/> for the words that matched.</summary>
    public const string MatchPlaceholder = "{match}";

    /// <summary>Placeholder in <see cref="Message"/> for the first suggestion.</summary>
    public const string SuggestionPlaceholder = "{suggestion}";

    /// <summary>The rule id, <c>&lt;category&gt;/&lt;name&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The category (the rule's folder).</summary>
    public required string Category { get; init; }

    /// <summary>How strongly the rule speaks up.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Words and phrases the rule matches (whole words only).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>An optional regular expression, matched with the non-backtracking engine.</summary>
    public string? Pattern { get; init; }

    /// <summary>Alternatives, best first.</summary>
    public required IReadOnlyList<string> Suggestions { get; init; }

    /// <summary>The nudge text, with optional <c>{match}</c> and <c>{suggestion}</c> placeholders.</summary>
    public required string Message { get; init; }

    /// <summary>One or two plain sentences on why the wording can land badly.</summary>
    public required string Why { get; init; }

    /// <summary>Phrases containing the term in which it is fine.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>Documented examples, verified by the corpus tests and <c>allybot rules lint</c>.</summary>
    public required RuleExamples Examples { get; init; }

    /// <summary>An optional link to read more.</summary>
    public string? Link { get; init; }

    /// <summary>Whether matching respects case (for acronyms). <value>Default: false.</value></summary>
    public bool CaseSensitive { get; init; }

    /// <summary>The language of the rule. <value>Default: <c>en</c>.</value></summary>
    public string Locale { get; init; } = "en";

    /// <summary>Whether the rule is on. <value>Default: true.</value></summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Where the rule was loaded from, for error messages; null for rules built in code.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Renders <see cref="Message"/> for the words that matched.</summary>
    public string RenderMessage(string matched) =>
        Message.Replace(MatchPlaceholder, matched, StringComparison.Ordinal)
               .Replace(SuggestionPlaceholder, Suggestions.Count > 0 ? Suggestions[0] : "", StringComparison.Ordinal);
}

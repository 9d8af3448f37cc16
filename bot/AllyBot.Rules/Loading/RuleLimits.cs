namespace AllyBot.Rules.Loading;

/// <summary>Bounds on rule content; rules come from pull requests and workspace admins alike.</summary>
public static class RuleLimits
{
    /// <summary>The fewest examples of each kind a rule must document.</summary>
    public const int MinExamples = 2;

    /// <summary>The most alternatives a nudge offers.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>The longest nudge message.</summary>
    public const int MaxMessageLength = 200;

    /// <summary>The longest "why".</summary>
    public const int MaxWhyLength = 500;

    /// <summary>The most words in one phrase.</summary>
    public const int MaxPhraseWords = 8;

    /// <summary>The most phrases (words plus exceptions) one rule may list.</summary>
    public const int MaxPhrases = 100;

    /// <summary>The largest rule file read.</summary>
    public const int MaxFileBytes = 64 * 1024;
}

using AllyBot.Rules.Model;

namespace AllyBot.Core.Language;

/// <summary>
/// The rules behind the custom classifier's labels (<c>Language:Classification:Labels</c>): one rule
/// <c>azure/&lt;label&gt;</c> in category <c>azure</c> per label, so admins list, disable and re-grade them like any rule
/// (<c>/ally admin disable azure/condescending</c>). They match no words: only <see cref="ClassifierSecondOpinion"/>
/// produces their findings. Labels not listed never become findings.
/// </summary>
public sealed class ClassifierRules
{
    /// <summary>The category of every classifier rule.</summary>
    public const string Category = "azure";

    private readonly Dictionary<string, Rule> _byLabel;

    public ClassifierRules(LanguageClassificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Deployment = options.ToDeployment();
        _byLabel = Deployment is null
            ? new(StringComparer.OrdinalIgnoreCase)
            : options.Labels.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
                .ToDictionary(l => l, RuleFor, StringComparer.OrdinalIgnoreCase);
        MinConfidence = options.MinConfidence;
    }

    /// <summary>None: no classifier configured.</summary>
    public static ClassifierRules None { get; } = new(new LanguageClassificationOptions());

    /// <summary>The configured deployment, or null.</summary>
    public ClassifierDeployment? Deployment { get; }

    /// <summary>Labels below this confidence are ignored.</summary>
    public double MinConfidence { get; }

    /// <summary>One rule per configured label, in id order.</summary>
    public IReadOnlyList<Rule> Rules => [.. _byLabel.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>The rule for <paramref name="label"/>, or null when the label is not configured.</summary>
    public Rule? Find(string label) => _byLabel.GetValueOrDefault(label);

    private static Rule RuleFor(string label) => new()
    {
        Id = $"{Category}/{label}",
        Category = Category,
        Severity = Severity.Suggestion,
        Message = $"The workspace's text classifier reads this message as \u201c{label}\u201d. Worth a second look before others read it?",
        Suggestions = ["read it once more as a newcomer would"],
        Why = "A custom Azure AI Language classifier reads the whole message as a second opinion next to AllyBot's rules. It can be wrong; \u201cNot helpful\u201d tells the admins.",
        Examples = new RuleExamples([], []),
    };
}

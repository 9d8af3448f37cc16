using System.Collections.Concurrent;
using AllyBot.Rules.Matching;
using AllyBot.Rules.Model;

namespace AllyBot.Rules;

/// <summary>
/// A compiled, immutable set of rules: the one entry point for matching. Thread-safe; build once, share everywhere.
/// </summary>
public sealed class RuleSet
{
    private readonly RuleMatcher _matcher;
    private readonly Dictionary<string, Rule> _byId;
    private readonly ConcurrentDictionary<string, RuleSet> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    private RuleSet(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _matcher = RuleMatcher.Build(rules);
        Languages = [.. rules.Select(r => PrimaryLanguage(r.Locale)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>An empty set: matches nothing.</summary>
    public static RuleSet Empty { get; } = new([]);

    /// <summary>All rules, enabled or not, in load order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The primary languages of the rules (<c>en</c>, <c>de</c>...), lower case, sorted.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Compiles already validated rules (see <see cref="Loading.RuleSetLoader"/>).</summary>
    public static RuleSet Create(IEnumerable<Rule> rules) => new([.. rules]);

    /// <summary>The findings of the enabled rules in <paramref name="text"/>, ordered by position. Never throws on any input.</summary>
    public IReadOnlyList<Finding> Evaluate(string text) => _matcher.Evaluate(text);

    /// <summary>The rule with this id, or null.</summary>
    public Rule? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The rules written for <paramref name="language"/> (a language tag; only its primary subtag counts, so
    /// <c>en-GB</c> text gets the <c>en</c> rules and <c>de</c> text the <c>de-AT</c> ones). Empty when no rule speaks
    /// that language, so AllyBot stays silent rather than matching another language's rules. Compiled once per language.
    /// </summary>
    public RuleSet ForLanguage(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var primary = PrimaryLanguage(language);
        return _byLanguage.GetOrAdd(primary, key =>
        {
            var subset = Rules.Where(r => string.Equals(PrimaryLanguage(r.Locale), key, StringComparison.OrdinalIgnoreCase)).ToList();
            return subset.Count == Rules.Count ? this : new RuleSet(subset);
        });
    }

    private static string PrimaryLanguage(string tag) => LanguageTags.Primary(tag);
}

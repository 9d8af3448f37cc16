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

    private RuleSet(IReadOnlyList<Rule> rules)
    {
        Rules = rules;
        _byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _matcher = RuleMatcher.Build(rules);
    }

    /// <summary>An empty set: matches nothing.</summary>
    public static RuleSet Empty { get; } = new([]);

    /// <summary>All rules, enabled or not, in load order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Compiles already validated rules (see <see cref="Loading.RuleSetLoader"/>).</summary>
    public static RuleSet Create(IEnumerable<Rule> rules) => new([.. rules]);

    /// <summary>The findings of the enabled rules in <paramref name="text"/>, ordered by position. Never throws on any input.</summary>
    public IReadOnlyList<Finding> Evaluate(string text) => _matcher.Evaluate(text);

    /// <summary>The rule with this id, or null.</summary>
    public Rule? Find(string id) => _byId.GetValueOrDefault(id);
}

using AllyBot.Rules.Model;

namespace AllyBot.Rules.Loading;

/// <summary>The rules that loaded and every problem found; the set is usable only when <see cref="Errors"/> is empty.</summary>
public sealed record RuleSetLoadResult(IReadOnlyList<Rule> Rules, IReadOnlyList<RuleLoadError> Errors);

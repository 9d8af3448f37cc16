using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Customizing;

/// <summary>A checked custom rule, or every problem that keeps it out.</summary>
/// <param name="Rule">The rule when it passed every check, else null.</param>
/// <param name="Errors">The problems, as <c>custom rule:line: field: problem</c>; empty when <paramref name="Rule"/> is set.</param>
public sealed record CustomRuleResult(Rule? Rule, IReadOnlyList<RuleLoadError> Errors);

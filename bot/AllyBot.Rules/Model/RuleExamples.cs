namespace AllyBot.Rules.Model;

/// <summary>Messages that document a rule and double as its tests.</summary>
/// <param name="Flag">Messages that must produce a finding from the rule.</param>
/// <param name="Pass">Messages that must produce no finding from the rule.</param>
public sealed record RuleExamples(IReadOnlyList<string> Flag, IReadOnlyList<string> Pass);

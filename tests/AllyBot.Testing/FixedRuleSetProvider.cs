using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Rules;

namespace AllyBot.Testing;

/// <summary>The same rule set everywhere.</summary>
public sealed class FixedRuleSetProvider(RuleSet rules) : IRuleSetProvider
{
    public RuleSet RulesFor(ChatAddress where) => rules;
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Rules;

namespace AllyBot.Host.Startup;

/// <summary>The rules loaded at start-up, the same everywhere (workspace overrides come with the admin feature).</summary>
internal sealed class ShippedRuleSetProvider(RuleSet rules) : IRuleSetProvider
{
    public RuleSet RulesFor(ChatAddress where) => rules;
}

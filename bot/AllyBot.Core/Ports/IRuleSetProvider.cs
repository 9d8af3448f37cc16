using AllyBot.Core.Conversations;
using AllyBot.Rules;

namespace AllyBot.Core.Ports;

/// <summary>The rules in force in a place (shipped rules now; workspace overrides later). Never waits on I/O.</summary>
public interface IRuleSetProvider
{
    /// <summary>The compiled rule set for <paramref name="where"/>.</summary>
    RuleSet RulesFor(ChatAddress where);
}

using AllyBot.Rules.Model;

namespace AllyBot.Rules.Customizing;

/// <summary>Applies a workspace's switches and severity overrides to rules, for one channel or workspace-wide. Pure.</summary>
public static class RuleSetComposer
{
    /// <summary>
    /// <paramref name="rules"/> (shipped and custom) with <see cref="Rule.Enabled"/> and <see cref="Rule.Severity"/> as
    /// the workspace chose for <paramref name="channelId"/> (null: workspace-wide). Unchanged rules are returned as is.
    /// </summary>
    public static IReadOnlyList<Rule> Compose(
        IEnumerable<Rule> rules, IReadOnlyList<RuleSwitch> switches, IReadOnlyDictionary<string, Severity> severities, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(switches);
        ArgumentNullException.ThrowIfNull(severities);
        var composed = new List<Rule>();
        foreach (var rule in rules)
        {
            var enabled = IsEnabled(rule, switches, channelId);
            var severity = severities.TryGetValue(rule.Id, out var chosen) ? chosen : rule.Severity;
            composed.Add(enabled == rule.Enabled && severity == rule.Severity ? rule : rule with { Enabled = enabled, Severity = severity });
        }

        return composed;
    }

    /// <summary>Whether <paramref name="rule"/> is on in <paramref name="channelId"/> (null: workspace-wide), by the most specific switch.</summary>
    public static bool IsEnabled(Rule rule, IReadOnlyList<RuleSwitch> switches, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(switches);
        return Find(switches, rule.Id, channelId) ?? Find(switches, rule.Category, channelId)
            ?? Find(switches, rule.Id, null) ?? Find(switches, rule.Category, null) ?? rule.Enabled;
    }

    private static bool? Find(IReadOnlyList<RuleSwitch> switches, string target, string? channelId)
    {
        foreach (var choice in switches)
        {
            if (choice.ChannelId == channelId && string.Equals(choice.Target, target, StringComparison.Ordinal))
            {
                return choice.Enabled;
            }
        }

        return null;
    }
}

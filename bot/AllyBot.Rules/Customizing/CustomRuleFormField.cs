namespace AllyBot.Rules.Customizing;

/// <summary>The inputs of a custom-rule form (a Slack modal, a Teams card, the playground), one per <see cref="CustomRuleFields"/> part.</summary>
public enum CustomRuleFormField
{
    Name,
    Severity,
    Words,
    Pattern,
    Suggestions,
    Message,
    Why,
    Flag,
    Pass,
}

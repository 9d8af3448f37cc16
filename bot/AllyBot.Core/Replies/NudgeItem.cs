using AllyBot.Rules.Model;

namespace AllyBot.Core.Replies;

/// <summary>One thing a nudge points out, rendered from a rule finding, platform-neutral.</summary>
public sealed record NudgeItem(string RuleId, Severity Severity, string Matched, string Message, IReadOnlyList<string> Suggestions, string Why, string? Link)
{
    /// <summary>Builds the item for a finding.</summary>
    public static NudgeItem From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var rule = finding.Rule;
        return new NudgeItem(rule.Id, rule.Severity, finding.Matched, finding.Message, rule.Suggestions, rule.Why, rule.Link);
    }
}

namespace AllyBot.Core.Admin;

/// <summary>What adding a custom rule did.</summary>
/// <param name="RuleId">The new rule's id, or null when it was refused.</param>
/// <param name="Problems">Why it was refused, one exact problem per line (<c>custom rule:3: severity: ...</c>); empty when added.</param>
/// <param name="Text">The answer for the admin.</param>
public sealed record CustomRuleOutcome(string? RuleId, IReadOnlyList<string> Problems, string Text)
{
    /// <summary>Whether the rule was added.</summary>
    public bool Added => RuleId is not null;
}

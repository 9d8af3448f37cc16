namespace AllyBot.Rules.Customizing;

/// <summary>
/// A workspace admin's on/off choice for a rule or a whole category, workspace-wide or in one channel. The most
/// specific choice wins: rule in the channel, category in the channel, rule workspace-wide, category workspace-wide,
/// then the rule file's own <c>enabled</c>.
/// </summary>
/// <param name="Target">A rule id (<c>ableism/crazy</c>) or a category (<c>ableism</c>).</param>
/// <param name="ChannelId">The channel it applies to, or null for the whole workspace.</param>
/// <param name="Enabled">On or off.</param>
public sealed record RuleSwitch(string Target, string? ChannelId, bool Enabled)
{
    /// <summary>Whether <see cref="Target"/> is a rule id rather than a category.</summary>
    public bool IsRule => Target.Contains('/', StringComparison.Ordinal);
}

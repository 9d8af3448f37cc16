namespace AllyBot.Core.Admin;

/// <summary>A workspace's own rule as its admin wrote it (validated when added).</summary>
/// <param name="Id">The rule id, <c>custom/&lt;name&gt;</c>.</param>
/// <param name="Yaml">The rule's YAML text.</param>
public sealed record CustomRuleText(string Id, string Yaml);

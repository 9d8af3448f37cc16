using System.Text.Json;
using AllyBot.Core.Admin;
using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Storage.Stores;

/// <summary>The JSON form of a <see cref="WorkspaceAdminConfig"/> (without its version, which is a column).</summary>
internal sealed record StoredAdminConfig(
    string SeverityFloor,
    string[] ChannelsOff,
    StoredAdminConfig.StoredSwitch[] Switches,
    Dictionary<string, string> Severities,
    StoredAdminConfig.StoredCustomRule[] CustomRules,
    string[] AdminIds,
    bool LanguageEnrichmentOn = false,
    bool PiiRedactionOn = false)
{
    public static string Serialize(WorkspaceAdminConfig config) => JsonSerializer.Serialize(new StoredAdminConfig(
        config.SeverityFloor.ToName(),
        [.. config.ChannelsOff.Order(StringComparer.Ordinal)],
        [.. config.Switches.Select(s => new StoredSwitch(s.Target, s.ChannelId, s.Enabled))],
        config.Severities.ToDictionary(s => s.Key, s => s.Value.ToName(), StringComparer.Ordinal),
        [.. config.CustomRules.Select(r => new StoredCustomRule(r.Id, r.Yaml))],
        [.. config.AdminIds],
        config.LanguageEnrichmentOn,
        config.PiiRedactionOn));

    public static WorkspaceAdminConfig Deserialize(string json, long version)
    {
        var stored = JsonSerializer.Deserialize<StoredAdminConfig>(json) ?? throw new InvalidOperationException("A stored workspace configuration is empty.");
        return new WorkspaceAdminConfig(
            version,
            Parse(stored.SeverityFloor),
            stored.ChannelsOff.ToHashSet(StringComparer.Ordinal),
            [.. stored.Switches.Select(s => new RuleSwitch(s.Target, s.ChannelId, s.Enabled))],
            stored.Severities.ToDictionary(s => s.Key, s => Parse(s.Value), StringComparer.Ordinal),
            [.. stored.CustomRules.Select(r => new CustomRuleText(r.Id, r.Yaml))],
            stored.AdminIds)
        {
            LanguageEnrichmentOn = stored.LanguageEnrichmentOn,
            PiiRedactionOn = stored.PiiRedactionOn,
        };
    }

    private static Severity Parse(string name) =>
        SeverityNames.TryParse(name, out var severity) ? severity : throw new InvalidOperationException($"A stored workspace configuration has an unknown severity '{name}'.");

    internal sealed record StoredSwitch(string Target, string? ChannelId, bool Enabled);

    internal sealed record StoredCustomRule(string Id, string Yaml);
}

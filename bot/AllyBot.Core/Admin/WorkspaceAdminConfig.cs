using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Admin;

/// <summary>
/// Everything a workspace's admins chose, changed only as a whole (so every change can be audited and undone by
/// restoring the previous value). No member data but the ids of granted admins.
/// </summary>
/// <param name="Version">Starts at 0 (nothing chosen yet); each save adds one, so concurrent changes cannot overwrite each other.</param>
/// <param name="SeverityFloor">Findings below this never nudge.</param>
/// <param name="ChannelsOff">Channels where AllyBot stays silent.</param>
/// <param name="Switches">Rules and categories turned on or off, workspace-wide or per channel.</param>
/// <param name="Severities">Severity overrides by rule id.</param>
/// <param name="CustomRules">The workspace's own rules.</param>
/// <param name="AdminIds">Members granted admin rights with <c>/ally admin grant</c>.</param>
public sealed record WorkspaceAdminConfig(
    long Version,
    Severity SeverityFloor,
    IReadOnlySet<string> ChannelsOff,
    IReadOnlyList<RuleSwitch> Switches,
    IReadOnlyDictionary<string, Severity> Severities,
    IReadOnlyList<CustomRuleText> CustomRules,
    IReadOnlyList<string> AdminIds)
{
    /// <summary>Nothing chosen: shipped rules, suggestions and warnings nudge everywhere, no granted admin.</summary>
    public static WorkspaceAdminConfig Empty { get; } = new(
        0, Severity.Suggestion, new HashSet<string>(StringComparer.Ordinal), [], new Dictionary<string, Severity>(StringComparer.Ordinal), [], []);

    /// <summary>Azure AI Language enrichment for this workspace (<c>/ally admin language on|off</c>). <value>Default: off.</value></summary>
    public bool LanguageEnrichmentOn { get; init; }

    /// <summary>PII redaction of stored credit texts and feedback notes (<c>/ally admin pii on|off</c>). <value>Default: off.</value></summary>
    public bool PiiRedactionOn { get; init; }

    /// <summary>Whether anything about the rules differs from the shipped ones.</summary>
    public bool ChangesRules => Switches.Count > 0 || Severities.Count > 0 || CustomRules.Count > 0;

    /// <summary>This configuration with <paramref name="choice"/> replacing any switch for the same target and channel.</summary>
    public WorkspaceAdminConfig WithSwitch(RuleSwitch choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return this with { Switches = [.. Switches.Where(s => s.Target != choice.Target || s.ChannelId != choice.ChannelId), choice] };
    }

    /// <summary>The rule settings as an export document (admins are not exported).</summary>
    public WorkspaceRulesDocument ToDocument() =>
        new(SeverityFloor, [.. ChannelsOff.Order(StringComparer.Ordinal)], Switches, Severities, [.. CustomRules.Select(r => r.Yaml)]);

    /// <summary>The rule settings of <paramref name="document"/>, keeping this version and the granted admins.</summary>
    public WorkspaceAdminConfig WithDocument(WorkspaceRulesDocument document, IReadOnlyList<CustomRuleText> customRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        return this with
        {
            SeverityFloor = document.SeverityFloor,
            ChannelsOff = document.ChannelsOff.ToHashSet(StringComparer.Ordinal),
            Switches = document.Switches,
            Severities = new Dictionary<string, Severity>(document.Severities, StringComparer.Ordinal),
            CustomRules = customRules,
        };
    }
}

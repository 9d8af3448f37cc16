using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Rules.Customizing;

/// <summary>
/// A workspace's rule settings as one YAML text: what <c>/ally admin export</c> writes and <c>/ally admin import</c>
/// reads back (a round trip gives the same settings).
/// </summary>
/// <param name="SeverityFloor">Findings below this never nudge.</param>
/// <param name="ChannelsOff">Channels where AllyBot stays silent.</param>
/// <param name="Switches">Rules and categories turned on or off.</param>
/// <param name="Severities">Severity overrides by rule id.</param>
/// <param name="CustomRules">The workspace's own rules, each as its YAML text.</param>
public sealed record WorkspaceRulesDocument(
    Severity SeverityFloor,
    IReadOnlyList<string> ChannelsOff,
    IReadOnlyList<RuleSwitch> Switches,
    IReadOnlyDictionary<string, Severity> Severities,
    IReadOnlyList<string> CustomRules)
{
    /// <summary>What errors name as the document's location.</summary>
    public const string Source = "import";

    private const string FloorKey = "severity_floor";
    private const string ChannelsOffKey = "channels_off";
    private const string RulesKey = "rules";
    private const string SeverityKey = "severity";
    private const string CustomRulesKey = "custom_rules";
    private const string EnableKey = "enable";
    private const string DisableKey = "disable";
    private const string InKey = "in";

    /// <summary>The YAML text.</summary>
    public string ToYaml()
    {
        var root = new YamlMappingNode { { FloorKey, SeverityFloor.ToName() } };
        root.Add(ChannelsOffKey, new YamlSequenceNode(ChannelsOff.Order(StringComparer.Ordinal).Select(c => new YamlScalarNode(c))));
        root.Add(RulesKey, new YamlSequenceNode(Switches.Select(SwitchNode)));
        var severities = new YamlMappingNode();
        foreach (var (ruleId, severity) in Severities.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            severities.Add(ruleId, severity.ToName());
        }

        root.Add(SeverityKey, severities);
        root.Add(CustomRulesKey, new YamlSequenceNode(CustomRules.Select(RuleNode)));
        return "# AllyBot workspace rule settings; /ally admin import reads this back.\n" + Text(root);
    }

    /// <summary>Reads a document; null when any error was added to <paramref name="errors"/> (every problem is reported).</summary>
    public static WorkspaceRulesDocument? Parse(string? yaml, List<RuleLoadError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(yaml))
        {
            errors.Add(new RuleLoadError(Source, 0, "", "is empty: paste the text /ally admin export gave you"));
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new RuleLoadError(Source, 0, "", "must be one YAML mapping, as /ally admin export writes it"));
                return null;
            }

            root = mapping;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            errors.Add(new RuleLoadError(Source, e is YamlException y ? (int)y.Start.Line : 0, "", $"is not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }

        var fields = new YamlFieldReader(Source, root, "", errors);
        fields.RejectUnknownKeys([FloorKey, ChannelsOffKey, RulesKey, SeverityKey, CustomRulesKey]);
        var floor = Severity.Suggestion;
        if (fields.String(FloorKey, required: false) is { } floorName && !SeverityNames.TryParse(floorName, out floor))
        {
            fields.Error(fields.Node(FloorKey), FloorKey, $"is '{floorName}'; use one of {string.Join(", ", SeverityNames.All)}");
        }

        var channelsOff = fields.List(ChannelsOffKey, minCount: 0)?.Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var switches = ReadSwitches(fields, fields.Node(RulesKey), errors);
        var severities = ReadSeverities(fields, fields.Node(SeverityKey));
        var customRules = ReadCustomRules(fields, fields.Node(CustomRulesKey));
        return errors.Count > before ? null : new WorkspaceRulesDocument(floor, channelsOff, switches, severities, customRules);
    }

    private static YamlMappingNode SwitchNode(RuleSwitch choice)
    {
        var node = new YamlMappingNode { { choice.Enabled ? EnableKey : DisableKey, choice.Target } };
        if (choice.ChannelId is { } channel)
        {
            node.Add(InKey, channel);
        }

        return node;
    }

    private static YamlNode RuleNode(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    private static List<RuleSwitch> ReadSwitches(YamlFieldReader fields, YamlNode? node, List<RuleLoadError> errors)
    {
        var switches = new List<RuleSwitch>();
        foreach (var (item, index) in Items(fields, node, RulesKey))
        {
            var field = $"{RulesKey}[{index}]";
            if (item is not YamlMappingNode mapping)
            {
                fields.Error(item, field, "must be a mapping like 'disable: ableism' or 'enable: ableism/crazy' with an optional 'in: <channel>'");
                continue;
            }

            var reader = new YamlFieldReader(Source, mapping, field + ".", errors);
            reader.RejectUnknownKeys([EnableKey, DisableKey, InKey]);
            var enable = reader.String(EnableKey, required: false);
            var disable = reader.String(DisableKey, required: false);
            if ((enable is null) == (disable is null))
            {
                fields.Error(item, field, "needs exactly one of 'enable' or 'disable'");
                continue;
            }

            var channel = reader.String(InKey, required: false);
            var choice = new RuleSwitch(enable ?? disable!, channel, enable is not null);
            if (switches.Exists(s => s.Target == choice.Target && s.ChannelId == choice.ChannelId))
            {
                fields.Error(item, field, $"'{choice.Target}'{(channel is null ? "" : $" in {channel}")} is listed twice");
                continue;
            }

            switches.Add(choice);
        }

        return switches;
    }

    private static Dictionary<string, Severity> ReadSeverities(YamlFieldReader fields, YamlNode? node)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return severities;
        }

        if (node is not YamlMappingNode mapping)
        {
            fields.Error(node, SeverityKey, "must map rule ids to severities, like 'technology/sanity-check: warning'");
            return severities;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var ruleId = (key as YamlScalarNode)?.Value ?? "";
            if (value is YamlScalarNode { Value: { } name } && SeverityNames.TryParse(name, out var severity))
            {
                severities[ruleId] = severity;
            }
            else
            {
                fields.Error(value, $"{SeverityKey}.{ruleId}", $"use one of {string.Join(", ", SeverityNames.All)}");
            }
        }

        return severities;
    }

    private static List<string> ReadCustomRules(YamlFieldReader fields, YamlNode? node)
    {
        var rules = new List<string>();
        foreach (var (item, index) in Items(fields, node, CustomRulesKey))
        {
            if (item is not YamlMappingNode)
            {
                fields.Error(item, $"{CustomRulesKey}[{index}]", "must be a rule: a mapping with id, severity, match, suggestions, message, why and examples");
                continue;
            }

            rules.Add(Text(item));
        }

        return rules;
    }

    /// <summary>One node as a YAML text, without the document end marker YamlDotNet writes.</summary>
    private static string Text(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        var lines = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        if (lines.Count > 0 && lines[^1] == "...")
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<(YamlNode Item, int Index)> Items(YamlFieldReader fields, YamlNode? node, string key)
    {
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            fields.Error(node, key, "must be a list");
            return [];
        }

        return sequence.Children.Select((item, index) => (item, index));
    }
}

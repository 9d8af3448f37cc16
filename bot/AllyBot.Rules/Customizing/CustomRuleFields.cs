using AllyBot.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Rules.Customizing;

/// <summary>A custom rule as form fields (a Slack modal, a Teams card), turned into the same YAML the command takes.</summary>
/// <param name="Name">The part after <c>custom/</c>, kebab-case.</param>
/// <param name="Severity">How strongly it speaks up.</param>
/// <param name="Words">Words or phrases to match (or none, with <paramref name="Pattern"/>).</param>
/// <param name="Pattern">An optional regular expression.</param>
/// <param name="Suggestions">Alternatives, best first.</param>
/// <param name="Message">The nudge text, with optional <c>{match}</c> and <c>{suggestion}</c>.</param>
/// <param name="Why">Why the wording can land badly.</param>
/// <param name="Flag">Messages the rule must flag.</param>
/// <param name="Pass">Messages the rule must not flag.</param>
public sealed record CustomRuleFields(
    string Name,
    Severity Severity,
    IReadOnlyList<string> Words,
    string? Pattern,
    IReadOnlyList<string> Suggestions,
    string Message,
    string Why,
    IReadOnlyList<string> Flag,
    IReadOnlyList<string> Pass)
{
    /// <summary>The rule as YAML, for <see cref="CustomRules.Check"/>.</summary>
    public string ToYaml()
    {
        var match = new YamlMappingNode();
        if (Words.Count > 0)
        {
            match.Add("words", Sequence(Words));
        }

        if (!string.IsNullOrWhiteSpace(Pattern))
        {
            match.Add("pattern", Pattern);
        }

        var root = new YamlMappingNode
        {
            { "id", $"{CustomRules.Category}/{Name.Trim()}" },
            { "severity", Severity.ToName() },
            { "match", match },
            { "suggestions", Sequence(Suggestions) },
            { "message", Message },
            { "why", Why },
            { "examples", new YamlMappingNode { { "flag", Sequence(Flag) }, { "pass", Sequence(Pass) } } },
        };
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        return (text.EndsWith("\n...", StringComparison.Ordinal) ? text[..^4] : text) + "\n";
    }

    private static YamlSequenceNode Sequence(IEnumerable<string> items) =>
        new(items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => new YamlScalarNode(i.Trim())));
}

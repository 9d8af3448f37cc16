using System.Text.Json;
using AllyBot.Rules.Model;

namespace AllyBot.Cli.Output;

/// <summary>SARIF 2.1.0, the format code-scanning tools (GitHub, Azure DevOps) ingest.</summary>
internal sealed class SarifFindingWriter : IFindingWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(TextWriter output, IReadOnlyList<LocatedFinding> findings, int messagesChecked)
    {
        var rules = findings.Select(f => f.Finding.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var located in findings)
            {
                WriteResult(json, located, ruleIndex[located.Finding.Rule.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, List<Rule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "allybot");
        json.WriteString("informationUri", "https://github.com/allybot/allybot");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Why);
            json.WriteEndObject();
            if (rule.Link is { } link)
            {
                json.WriteString("helpUri", link);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LocatedFinding located, int ruleIndex)
    {
        var finding = located.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Rule.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", $"{finding.Message} Try: {string.Join(", ", finding.Rule.Suggestions)}.");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", located.Source);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", located.Line);
        json.WriteNumber("startColumn", located.Column);
        json.WriteNumber("endLine", located.EndLine);
        json.WriteNumber("endColumn", located.EndColumn);
        json.WriteStartObject("snippet");
        json.WriteString("text", finding.Matched);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Warning => "warning",
        _ => "note",
    };
}

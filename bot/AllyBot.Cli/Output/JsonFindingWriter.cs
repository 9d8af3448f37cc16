using System.Text.Json;
using AllyBot.Rules.Model;

namespace AllyBot.Cli.Output;

/// <summary>One JSON document: <c>{"messages": n, "findings": [...]}</c>, stable field names for scripts.</summary>
internal sealed class JsonFindingWriter : IFindingWriter
{
    public void Write(TextWriter output, IReadOnlyList<LocatedFinding> findings, int messagesChecked)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("messages", messagesChecked);
            json.WriteStartArray("findings");
            foreach (var located in findings)
            {
                var finding = located.Finding;
                json.WriteStartObject();
                json.WriteString("source", located.Source);
                json.WriteNumber("line", located.Line);
                json.WriteNumber("column", located.Column);
                json.WriteNumber("length", finding.Length);
                json.WriteString("ruleId", finding.Rule.Id);
                json.WriteString("category", finding.Rule.Category);
                json.WriteString("severity", finding.Rule.Severity.ToName());
                json.WriteString("matched", finding.Matched);
                json.WriteString("message", finding.Message);
                json.WriteStartArray("suggestions");
                foreach (var suggestion in finding.Rule.Suggestions)
                {
                    json.WriteStringValue(suggestion);
                }

                json.WriteEndArray();
                json.WriteString("why", finding.Rule.Why);
                if (finding.Rule.Link is { } link)
                {
                    json.WriteString("link", link);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

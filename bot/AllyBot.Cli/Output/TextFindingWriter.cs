using AllyBot.Rules.Model;

namespace AllyBot.Cli.Output;

/// <summary><c>source:line:col: severity rule-id: message (try: a, b)</c>, one finding a line, then a count.</summary>
internal sealed class TextFindingWriter : IFindingWriter
{
    public void Write(TextWriter output, IReadOnlyList<LocatedFinding> findings, int messagesChecked)
    {
        foreach (var located in findings)
        {
            var finding = located.Finding;
            output.WriteLine(
                $"{located.Source}:{located.Line}:{located.Column}: {finding.Rule.Severity.ToName()} {finding.Rule.Id}: {finding.Message} (try: {string.Join(", ", finding.Rule.Suggestions)})");
            output.WriteLine($"    why: {finding.Rule.Why}");
        }

        var noun = messagesChecked == 1 ? "message" : "messages";
        output.WriteLine(findings.Count == 0
            ? $"no findings in {messagesChecked} {noun}"
            : $"{findings.Count} finding{(findings.Count == 1 ? "" : "s")} in {messagesChecked} {noun}");
    }
}

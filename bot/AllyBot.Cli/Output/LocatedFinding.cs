using AllyBot.Rules.Model;

namespace AllyBot.Cli.Output;

/// <summary>
/// A finding with 1-based line and column positions in its source, for people and tools. The end is the position
/// just after the match, on a later line when the match spans a line break ("sanity\ncheck").
/// </summary>
internal sealed record LocatedFinding(string Source, int Line, int Column, int EndLine, int EndColumn, Finding Finding)
{
    /// <summary>Locates findings of a message that starts at <paramref name="firstLine"/> of <paramref name="source"/>.</summary>
    public static IEnumerable<LocatedFinding> Locate(string source, string message, int firstLine, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var (line, column) = Position(message, finding.Start);
            var (endLine, endColumn) = Position(message, finding.End);
            yield return new LocatedFinding(source, firstLine + line, column, firstLine + endLine, endColumn, finding);
        }
    }

    /// <summary>The 0-based line offset and 1-based column of <paramref name="offset"/> in <paramref name="message"/>.</summary>
    private static (int Line, int Column) Position(string message, int offset)
    {
        var before = message.AsSpan(0, offset);
        return (before.Count('\n'), offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}

using AllyBot.Rules.Model;

namespace AllyBot.Cli.Output;

/// <summary>A finding with a 1-based line and column in its source, for people and tools.</summary>
internal sealed record LocatedFinding(string Source, int Line, int Column, Finding Finding)
{
    public int EndColumn => Column + Finding.Length;

    /// <summary>Locates findings of a message that starts at <paramref name="firstLine"/> of <paramref name="source"/>.</summary>
    public static IEnumerable<LocatedFinding> Locate(string source, string message, int firstLine, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            var before = message.AsSpan(0, finding.Start);
            var lineStart = before.LastIndexOf('\n') + 1;
            yield return new LocatedFinding(source, firstLine + before.Count('\n'), finding.Start - lineStart + 1, finding);
        }
    }
}

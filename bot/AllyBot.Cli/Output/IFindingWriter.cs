namespace AllyBot.Cli.Output;

/// <summary>Writes findings in one output format.</summary>
internal interface IFindingWriter
{
    void Write(TextWriter output, IReadOnlyList<LocatedFinding> findings, int messagesChecked);
}

namespace AllyBot.Cli.Tests;

/// <summary>What one in-process run of the CLI returned and wrote.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    /// <summary>The lines written to standard output, without the trailing empty one.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

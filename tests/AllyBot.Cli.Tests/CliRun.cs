namespace AllyBot.Cli.Tests;

/// <summary>Runs <see cref="CliApp"/> in-process on a given standard input and captures both output streams.</summary>
internal static class CliRun
{
    public static CliResult Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, input, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

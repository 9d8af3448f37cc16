using AllyBot.Cli.Commands;

namespace AllyBot.Cli;

/// <summary>Dispatches <c>allybot</c> verbs. Exit codes: 0 clean, 1 findings or problems, 2 usage or input error.</summary>
internal static class CliApp
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;

    public const string Usage = """
        usage:
          allybot check [FILE|-] [--format text|json|sarif] [--fail-on info|suggestion|warning] [--lines] [--rules DIR] [--language LANG]
          allybot rules lint [DIR] [--language LANG]
          allybot rules list [DIR] [--language LANG]
          allybot bench [--messages N] [--seconds S] [--rules DIR]

        check      checks one message (a file, or standard input when FILE is - or absent) with the rules of --language
                   (default en); with --lines each line is a message
        rules lint validates a rules folder and runs every rule's examples (or only --language's); prints every problem
        rules list lists every rule (or only --language's) with its severity and language
        bench      measures the engine's messages per second against a naive one-regex-per-phrase baseline
        exit codes: 0 nothing at or above --fail-on (default suggestion), 1 findings or lint problems, 2 usage or input error
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var arguments = CliArguments.Parse(args);
            return arguments.Verb switch
            {
                "check" => CheckCommand.Run(arguments, stdin, stdout),
                "rules" => arguments.TakePositional() switch
                {
                    "lint" => LintCommand.Run(arguments, stdout),
                    "list" => ListCommand.Run(arguments, stdout),
                    var sub => throw new UsageException($"unknown command 'rules {sub}'"),
                },
                "bench" => BenchCommand.Run(arguments, stdout),
                "help" or "--help" or "-h" => Help(stdout),
                null => throw new UsageException("no command given"),
                _ => throw new UsageException($"unknown command '{string.Join(' ', args.Take(2))}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"allybot: {e.Message}");
            stderr.WriteLine(Usage);
            return UsageError;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"allybot: {e.Message}");
            return UsageError;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return Clean;
    }
}

using AllyBot.Cli.Output;
using AllyBot.Rules.Model;

namespace AllyBot.Cli.Commands;

/// <summary>
/// <c>allybot check [FILE|-]</c>: one message (or one per line with <c>--lines</c>) against the rules of one language
/// (<c>--language</c>, default <c>en</c>), as AllyBot matches a message with the rules of the language it is written in.
/// </summary>
internal static class CheckCommand
{
    /// <summary>The largest input read; chat messages are far smaller.</summary>
    public const int MaxInputChars = 16 * 1024 * 1024;

    private static readonly string[] Formats = ["text", "json", "sarif"];

    public static int Run(CliArguments arguments, TextReader stdin, TextWriter stdout)
    {
        var file = arguments.TakePositional() ?? "-";
        var format = arguments.TakeChoice("--format", Formats, "text");
        var failOnName = arguments.TakeChoice("--fail-on", SeverityNames.All, "suggestion");
        var perLine = arguments.TakeFlag("--lines");
        var rulesDirectory = arguments.TakeOption("--rules");
        var language = LanguageOption.Take(arguments) ?? "en";
        arguments.EnsureConsumed();

        var failOn = SeverityNames.TryParse(failOnName, out var parsed) ? parsed : Severity.Suggestion;
        var source = file == "-" ? "<stdin>" : file;
        var text = ReadInput(file, stdin);
        var ruleSet = LanguageOption.Select(RulesLocator.Load(rulesDirectory), language, RulesLocator.Resolve(rulesDirectory));

        var messages = perLine ? SplitLines(text) : [(text, 1)];
        var located = messages
            .SelectMany(m => LocatedFinding.Locate(source, m.Text, m.Line, ruleSet.Evaluate(m.Text)))
            .ToList();

        IFindingWriter writer = format switch
        {
            "json" => new JsonFindingWriter(),
            "sarif" => new SarifFindingWriter(),
            _ => new TextFindingWriter(),
        };
        writer.Write(stdout, located, messages.Count);
        return located.Exists(f => f.Finding.Rule.Severity >= failOn) ? CliApp.Findings : CliApp.Clean;
    }

    private static string ReadInput(string file, TextReader stdin)
    {
        if (file == "-")
        {
            return ReadBounded(stdin, "standard input");
        }

        if (Directory.Exists(file))
        {
            throw new InputException($"'{file}' is a folder; give a file, or - for standard input");
        }

        if (!File.Exists(file))
        {
            throw new InputException($"'{file}' does not exist");
        }

        try
        {
            using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            return ReadBounded(reader, $"'{file}'");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read '{file}': {e.Message}");
        }
    }

    private static string ReadBounded(TextReader reader, string what)
    {
        var buffer = new char[MaxInputChars + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = reader.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxInputChars)
        {
            throw new InputException($"{what} is larger than {MaxInputChars / (1024 * 1024)} MiB of text; split it");
        }

        var text = new string(buffer, 0, total);
        return text.Contains('\0', StringComparison.Ordinal) ? throw new InputException($"{what} looks binary (it holds NUL characters)") : text;
    }

    private static List<(string Text, int Line)> SplitLines(string text)
    {
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        return [.. lines.Take(count).Select((line, i) => (line.TrimEnd('\r'), i + 1))];
    }
}

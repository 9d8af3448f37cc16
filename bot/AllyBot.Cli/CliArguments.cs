namespace AllyBot.Cli;

/// <summary>
/// The parsed command line: a verb, positionals and <c>--name value</c> options. Each command takes what it knows
/// and calls <see cref="EnsureConsumed"/>, so a misspelt or misplaced option is an error, never silently ignored.
/// </summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--lines"];
    private readonly Queue<string> _positionals = new();
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missingValues = new(StringComparer.Ordinal);

    private CliArguments(string? verb) => Verb = verb;

    public string? Verb { get; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments(args.Count > 0 ? args[0] : null);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, inlineValue) = arg.Split('=', 2) is [var n, var v] ? (n, v) : (arg, null);
                if (parsed._options.ContainsKey(name))
                {
                    throw new UsageException($"{name} is given twice");
                }

                if (Flags.Contains(name) || inlineValue is not null)
                {
                    parsed._options[name] = inlineValue;
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    parsed._options[name] = args[++i];
                }
                else
                {
                    // Reported when a command takes the option; a misspelt flag ("--line") is reported as unknown.
                    parsed._options[name] = null;
                    parsed._missingValues.Add(name);
                }
            }
            else
            {
                parsed._positionals.Enqueue(arg);
            }
        }

        return parsed;
    }

    public string? TakePositional() => _positionals.TryDequeue(out var value) ? value : null;

    public string? TakeOption(string name)
    {
        if (!_options.Remove(name, out var value))
        {
            return null;
        }

        return _missingValues.Contains(name) ? throw new UsageException($"{name} needs a value") : value;
    }

    public bool TakeFlag(string name) => _options.Remove(name);

    public string TakeChoice(string name, IReadOnlyList<string> choices, string fallback)
    {
        var value = TakeOption(name) ?? fallback;
        return choices.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"{name} must be one of {string.Join(", ", choices)}, not '{value}'");
    }

    public int TakeInt(string name, int fallback, int min, int max)
    {
        var text = TakeOption(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{text}'");
    }

    public void EnsureConsumed()
    {
        if (_positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{_positionals.Peek()}'");
        }

        if (_options.Count > 0)
        {
            throw new UsageException($"unknown option {_options.Keys.First()}");
        }
    }
}

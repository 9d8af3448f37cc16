namespace AllyBot.Cli.Commands;

/// <summary><c>allybot rules list [DIR] [--language LANG]</c>: every rule's id, severity and language, one a line.</summary>
internal static class ListCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout)
    {
        var given = arguments.TakePositional();
        var language = LanguageOption.Take(arguments);
        arguments.EnsureConsumed();

        var all = RulesLocator.Load(given);
        var rules = language is null ? all : LanguageOption.Select(all, language, RulesLocator.Resolve(given));
        var width = rules.Rules.Max(r => r.Id.Length);
        foreach (var rule in rules.Rules)
        {
            stdout.WriteLine($"{rule.Id.PadRight(width)}  {Rules.Model.SeverityNames.ToName(rule.Severity),-10}  {rule.Locale}{(rule.Enabled ? "" : "  (disabled)")}");
        }

        stdout.WriteLine($"{rules.Rules.Count} rules ({LanguageOption.Counts(rules)})");
        return CliApp.Clean;
    }
}

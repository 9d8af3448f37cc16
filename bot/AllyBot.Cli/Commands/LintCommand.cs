using AllyBot.Rules;
using AllyBot.Rules.Loading;
using AllyBot.Rules.Validation;

namespace AllyBot.Cli.Commands;

/// <summary>
/// <c>allybot rules lint [DIR] [--language LANG]</c>: every schema, set and example problem of a rules folder, one a
/// line; with <c>--language</c> the examples of that language's rules only (every file is still loaded and checked).
/// </summary>
internal static class LintCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout)
    {
        var directory = RulesLocator.Resolve(arguments.TakePositional());
        var language = LanguageOption.Take(arguments);
        arguments.EnsureConsumed();
        if (!Directory.Exists(directory))
        {
            throw new InputException($"the rules folder '{directory}' does not exist");
        }

        var result = RuleSetLoader.Load(directory);
        var problems = result.Errors.ToList();

        // Examples of the rules that did load are checked even when others did not: fewer round trips for the author.
        var loaded = RuleSet.Create(result.Rules);
        var checkedRules = language is null ? loaded : LanguageOption.Select(loaded, language, directory);
        problems.AddRange(ExampleVerifier.Verify(checkedRules));

        foreach (var problem in problems)
        {
            stdout.WriteLine(problem);
        }

        var examples = checkedRules.Rules.Sum(r => r.Examples.Flag.Count + r.Examples.Pass.Count);
        var what = language is null ? "" : $"{Rules.Model.LanguageTags.Primary(language)} ";
        var perLanguage = language is null && loaded.Languages.Count > 1 ? $"; {LanguageOption.Counts(loaded)}" : "";
        stdout.WriteLine(problems.Count == 0
            ? $"{checkedRules.Rules.Count} {what}rules OK ({examples} examples verified{perLanguage}) in {directory}"
            : $"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} in {directory} ({result.Rules.Count} rules loaded)");
        return problems.Count == 0 ? CliApp.Clean : CliApp.Findings;
    }
}

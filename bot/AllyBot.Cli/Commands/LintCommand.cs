using AllyBot.Rules;
using AllyBot.Rules.Loading;
using AllyBot.Rules.Validation;

namespace AllyBot.Cli.Commands;

/// <summary><c>allybot rules lint [DIR]</c>: every schema, set and example problem of a rules folder, one a line.</summary>
internal static class LintCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout)
    {
        var directory = RulesLocator.Resolve(arguments.TakePositional());
        arguments.EnsureConsumed();
        if (!Directory.Exists(directory))
        {
            throw new InputException($"the rules folder '{directory}' does not exist");
        }

        var result = RuleSetLoader.Load(directory);
        var problems = result.Errors.ToList();

        // Examples of the rules that did load are checked even when others did not: fewer round trips for the author.
        problems.AddRange(ExampleVerifier.Verify(RuleSet.Create(result.Rules)));

        foreach (var problem in problems)
        {
            stdout.WriteLine(problem);
        }

        var examples = result.Rules.Sum(r => r.Examples.Flag.Count + r.Examples.Pass.Count);
        stdout.WriteLine(problems.Count == 0
            ? $"{result.Rules.Count} rules OK ({examples} examples verified) in {directory}"
            : $"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} in {directory} ({result.Rules.Count} rules loaded)");
        return problems.Count == 0 ? CliApp.Clean : CliApp.Findings;
    }
}

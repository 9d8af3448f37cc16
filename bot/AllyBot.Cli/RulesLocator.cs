using AllyBot.Rules;
using AllyBot.Rules.Loading;

namespace AllyBot.Cli;

/// <summary>Finds and loads the rules folder: <c>--rules</c>, else the rules shipped next to the tool.</summary>
internal static class RulesLocator
{
    public static string Resolve(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "rules");
        return Directory.Exists(shipped) ? shipped : Path.GetFullPath("rules");
    }

    public static RuleSet Load(string? given)
    {
        var directory = Resolve(given);
        var result = RuleSetLoader.Load(directory);
        if (result.Errors.Count > 0)
        {
            throw new InputException(
                $"the rules in {directory} do not load ({result.Errors.Count} problems; run 'allybot rules lint {directory}'):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Errors.Take(5))}");
        }

        return RuleSet.Create(result.Rules);
    }
}

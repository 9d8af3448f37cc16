using AllyBot.Rules;
using AllyBot.Rules.Loading;

namespace AllyBot.Host.Startup;

/// <summary>Loads <c>Rules:Path</c> (default: the shipped rules) and refuses to start on any broken rule.</summary>
internal static class RulesStartup
{
    public const string PathKey = "Rules:Path";

    public static RuleSet Load(IConfiguration configuration)
    {
        var path = configuration[PathKey] is { Length: > 0 } configured ? Path.GetFullPath(configured) : AllyBotPaths.ShippedRules;
        if (!Directory.Exists(path))
        {
            throw new StartupException($"The rules folder '{path}' does not exist: set {PathKey} to the folder holding rules/<category>/<name>.yml.");
        }

        var result = RuleSetLoader.Load(path);
        if (result.Errors.Count > 0)
        {
            var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more; run 'allybot rules lint {path}')" : "";
            throw new StartupException($"A rule file is broken: {result.Errors[0]}{more}");
        }

        return RuleSet.Create(result.Rules);
    }
}

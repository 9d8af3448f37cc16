using AllyBot.Rules.Matching;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Loading;

/// <summary>Loads a rules folder (<c>&lt;category&gt;/&lt;name&gt;.yml</c>) and validates the set as a whole.</summary>
public static class RuleSetLoader
{
    /// <summary>The extension of rule files.</summary>
    public const string Extension = ".yml";

    /// <summary>Loads every rule under <paramref name="directory"/>, collecting every problem instead of stopping at the first.</summary>
    public static RuleSetLoadResult Load(string directory)
    {
        var errors = new List<RuleLoadError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new RuleLoadError(directory, 0, "", "the rules folder does not exist"));
            return new RuleSetLoadResult([], errors);
        }

        var rules = new List<Rule>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (LoadFile(directory, file, errors) is { } rule)
            {
                rules.Add(rule);
            }
        }

        if (rules.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RuleLoadError(directory, 0, "", $"holds no rule files (<category>/<name>{Extension})"));
        }

        CheckSet(rules, errors);
        return new RuleSetLoadResult(rules, errors);
    }

    /// <summary>Loads the folder and throws <see cref="RuleLoadException"/> listing every problem if any.</summary>
    public static RuleSet LoadOrThrow(string directory)
    {
        var result = Load(directory);
        return result.Errors.Count > 0 ? throw new RuleLoadException(result.Errors) : RuleSet.Create(result.Rules);
    }

    private static Rule? LoadFile(string root, string file, List<RuleLoadError> errors)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var parts = relative.Split('/');
        var extension = Path.GetExtension(file);
        if (extension is ".yaml")
        {
            errors.Add(new RuleLoadError(file, 0, "", $"rule files use the {Extension} extension"));
            return null;
        }

        if (extension != Extension || parts[0] == "schema")
        {
            return null;
        }

        if (parts.Length != 2)
        {
            errors.Add(new RuleLoadError(file, 0, "", $"rule files live exactly one folder deep: <category>/<name>{Extension}"));
            return null;
        }

        var size = new FileInfo(file).Length;
        if (size > RuleLimits.MaxFileBytes)
        {
            errors.Add(new RuleLoadError(file, 0, "", $"is {size} bytes; a rule file is at most {RuleLimits.MaxFileBytes}"));
            return null;
        }

        var id = relative[..^Extension.Length];
        return RuleFileParser.Parse(file, id, File.ReadAllText(file), errors);
    }

    /// <summary>Problems that only show across rules: duplicate ids, and one phrase claimed by two rules.</summary>
    public static void CheckSet(IReadOnlyList<Rule> rules, List<RuleLoadError> errors)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(errors);
        var ids = new Dictionary<string, Rule>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, Rule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            if (!ids.TryAdd(rule.Id, rule))
            {
                errors.Add(new RuleLoadError(rule.SourcePath ?? rule.Id, 0, "id", $"'{rule.Id}' is also the id of {ids[rule.Id].SourcePath ?? "another rule"}"));
            }

            foreach (var phrase in rule.Words)
            {
                var key = string.Join(' ', PhraseForms.SplitWords(phrase) ?? [phrase]) + (rule.CaseSensitive ? "|cs" : "");
                if (!phrases.TryAdd(key, rule) && phrases[key] != rule)
                {
                    errors.Add(new RuleLoadError(rule.SourcePath ?? rule.Id, 0, "match.words", $"'{phrase}' is already matched by rule {phrases[key].Id}; one phrase belongs to one rule"));
                }
            }
        }
    }
}

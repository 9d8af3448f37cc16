using System.Text.RegularExpressions;
using AllyBot.Rules.Matching;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Loading;

/// <summary>
/// Loads a rules folder and validates the set as a whole. English rules live at <c>&lt;category&gt;/&lt;name&gt;.yml</c>
/// (id <c>category/name</c>); another language's pack at <c>&lt;language&gt;/&lt;category&gt;/&lt;name&gt;.yml</c>
/// (id <c>language/category/name</c>, with a <c>locale</c> of that language).
/// </summary>
public static partial class RuleSetLoader
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

        if (parts.Length is not (2 or 3) || (parts.Length == 3 && !LanguageFolder().IsMatch(parts[0])))
        {
            errors.Add(new RuleLoadError(file, 0, "", $"rule files live at <category>/<name>{Extension}, or <language>/<category>/<name>{Extension} in a language pack (such as de/ableism/behindert{Extension})"));
            return null;
        }

        var size = new FileInfo(file).Length;
        if (size > RuleLimits.MaxFileBytes)
        {
            errors.Add(new RuleLoadError(file, 0, "", $"is {size} bytes; a rule file is at most {RuleLimits.MaxFileBytes}"));
            return null;
        }

        var id = relative[..^Extension.Length];
        var rule = RuleFileParser.Parse(file, id, File.ReadAllText(file), errors);
        if (rule is not null && parts.Length == 2 && LanguageTags.Primary(rule.Locale) != LanguageTags.Default)
        {
            var language = LanguageTags.Primary(rule.Locale);
            errors.Add(new RuleLoadError(file, 0, RuleFields.Locale, $"is '{rule.Locale}' but rules directly in <category>/ are English; move the file to {language}/{id}{Extension}"));
            return null;
        }

        return rule;
    }

    /// <summary>Problems that only show across rules: duplicate ids, and one phrase claimed by two rules of one language.</summary>
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
                var key = LanguageTags.Primary(rule.Locale) + "|" + string.Join(' ', PhraseForms.SplitWords(phrase) ?? [phrase]) + (rule.CaseSensitive ? "|cs" : "");
                if (!phrases.TryAdd(key, rule) && phrases[key] != rule)
                {
                    errors.Add(new RuleLoadError(rule.SourcePath ?? rule.Id, 0, "match.words", $"'{phrase}' is already matched by rule {phrases[key].Id}; one phrase belongs to one rule"));
                }
            }
        }
    }

    /// <summary>A language pack's folder: a primary language subtag such as <c>de</c>.</summary>
    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageFolder();
}

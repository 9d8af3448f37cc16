using System.Text.RegularExpressions;
using AllyBot.Rules.Matching;
using AllyBot.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Rules.Loading;

/// <summary>Parses and validates one rule file. Every problem is reported, each with its line and field.</summary>
public static partial class RuleFileParser
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, whose id must be <paramref name="expectedId"/>: <c>category/name</c>, or
    /// <c>language/category/name</c> for a rule of another language pack, whose <c>locale</c> must then name that language.
    /// </summary>
    /// <returns>The rule, or null when any error was added to <paramref name="errors"/>.</returns>
    public static Rule? Parse(string path, string expectedId, string yaml, List<RuleLoadError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var root = ReadRoot(path, yaml, errors);
        if (root is null)
        {
            return null;
        }

        var fields = new YamlFieldReader(path, root, "", errors);
        fields.RejectUnknownKeys(RuleFields.TopLevel);
        var segments = expectedId.Split('/');
        var category = segments.Length > 1 ? segments[^2] : segments[0];
        var packLanguage = segments.Length == 3 ? segments[0] : null;

        var id = fields.String(RuleFields.Id, required: true);
        if (id is not null && id != expectedId)
        {
            fields.Error(fields.Node(RuleFields.Id), RuleFields.Id, $"is '{id}' but the file's path makes it '{expectedId}'; they must match");
        }

        if (!IdPattern().IsMatch(expectedId))
        {
            fields.Error(null, RuleFields.Id, $"'{expectedId}' (from the path) must be kebab-case: <category>/<name> (or <language>/<category>/<name>), lower-case letters, digits and hyphens");
        }

        var declaredCategory = fields.String(RuleFields.Category, required: false);
        if (declaredCategory is not null && declaredCategory != category)
        {
            fields.Error(fields.Node(RuleFields.Category), RuleFields.Category, $"is '{declaredCategory}' but the rule lives in folder '{category}'");
        }

        var severity = ReadSeverity(fields);
        var caseSensitive = fields.Bool(RuleFields.CaseSensitive) ?? false;
        var (words, pattern) = ReadMatch(fields, caseSensitive);
        var suggestions = fields.List(RuleFields.Suggestions, minCount: 1, RuleLimits.MaxSuggestions);
        var message = fields.String(RuleFields.Message, required: true, RuleLimits.MaxMessageLength);
        CheckPlaceholders(fields, message);
        var why = fields.String(RuleFields.Why, required: true, RuleLimits.MaxWhyLength);
        var exceptions = ReadPhrases(fields, fields.List(RuleFields.Exceptions, minCount: 0), RuleFields.Exceptions, caseSensitive: false);
        var examples = ReadExamples(fields);
        var link = ReadLink(fields);
        var locale = ReadLocale(fields, packLanguage);
        var enabled = fields.Bool(RuleFields.Enabled) ?? true;

        if (words.Count + exceptions.Count > RuleLimits.MaxPhrases)
        {
            fields.Error(null, RuleFields.Match, $"lists {words.Count + exceptions.Count} words and exceptions; split the rule (limit {RuleLimits.MaxPhrases})");
        }

        if (errors.Count > before || severity is null || message is null || why is null || suggestions is null || examples is null)
        {
            return null;
        }

        return new Rule
        {
            Id = expectedId,
            Category = category,
            Severity = severity.Value,
            Words = words,
            Pattern = pattern,
            Suggestions = [.. suggestions.Select(s => s.Value)],
            Message = message,
            Why = why,
            Exceptions = exceptions,
            Examples = examples,
            Link = link,
            CaseSensitive = caseSensitive,
            Locale = locale,
            Enabled = enabled,
            SourcePath = path,
        };
    }

    private static YamlMappingNode? ReadRoot(string path, string yaml, List<RuleLoadError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            errors.Add(new RuleLoadError(path, (int)e.Start.Line, "", $"is not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed flow collections.
            errors.Add(new RuleLoadError(path, 0, "", "is not valid YAML: an unclosed [list] or {mapping}, or a stray quote"));
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new RuleLoadError(path, 0, "", "must hold exactly one rule: a single YAML mapping of fields"));
            return null;
        }

        return root;
    }

    private static Severity? ReadSeverity(YamlFieldReader fields)
    {
        var text = fields.String(RuleFields.Severity, required: true);
        if (text is null)
        {
            return null;
        }

        if (SeverityNames.TryParse(text, out var severity) && text == severity.ToName())
        {
            return severity;
        }

        fields.Error(fields.Node(RuleFields.Severity), RuleFields.Severity, $"is '{text}'; use one of {string.Join(", ", SeverityNames.All)}");
        return null;
    }

    private static (IReadOnlyList<string> Words, string? Pattern) ReadMatch(YamlFieldReader fields, bool caseSensitive)
    {
        var match = fields.Mapping(RuleFields.Match, required: true);
        if (match is null)
        {
            return ([], null);
        }

        match.RejectUnknownKeys(RuleFields.InMatch);
        var words = ReadPhrases(match, match.List(RuleFields.Words, minCount: 0), RuleFields.Words, caseSensitive);
        var pattern = match.String(RuleFields.Pattern, required: false);
        if (pattern is not null && RulePatterns.Check(pattern, caseSensitive) is { } problem)
        {
            match.Error(match.Node(RuleFields.Pattern), RuleFields.Pattern, problem);
        }

        if (words.Count == 0 && pattern is null)
        {
            fields.Error(fields.Node(RuleFields.Match), RuleFields.Match, "needs 'words' (a list of words or phrases) or a 'pattern'");
        }

        return (words, pattern);
    }

    private static List<string> ReadPhrases(YamlFieldReader fields, IReadOnlyList<(string Value, YamlNode Node)>? items, string field, bool caseSensitive)
    {
        var phrases = new List<string>();
        var seen = new HashSet<string>(caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var (value, node) in items ?? [])
        {
            var words = PhraseForms.SplitWords(value);
            if (words is null)
            {
                fields.Error(node, field, $"'{value}' must be plain words separated by spaces or hyphens (no digits, quotes or punctuation); use 'pattern' for anything else");
            }
            else if (words.Length > RuleLimits.MaxPhraseWords)
            {
                fields.Error(node, field, $"'{value}' has {words.Length} words; the limit is {RuleLimits.MaxPhraseWords}");
            }
            else if (!seen.Add(string.Join(' ', words)))
            {
                fields.Error(node, field, $"'{value}' is listed twice");
            }
            else
            {
                phrases.Add(value);
            }
        }

        return phrases;
    }

    private static void CheckPlaceholders(YamlFieldReader fields, string? message)
    {
        if (message is null)
        {
            return;
        }

        foreach (Match placeholder in PlaceholderPattern().Matches(message))
        {
            if (placeholder.Value is not (Rule.MatchPlaceholder or Rule.SuggestionPlaceholder))
            {
                fields.Error(fields.Node(RuleFields.Message), RuleFields.Message, $"has unknown placeholder {placeholder.Value}; use {Rule.MatchPlaceholder} or {Rule.SuggestionPlaceholder}");
            }
        }
    }

    private static RuleExamples? ReadExamples(YamlFieldReader fields)
    {
        var examples = fields.Mapping(RuleFields.Examples, required: true);
        if (examples is null)
        {
            return null;
        }

        examples.RejectUnknownKeys(RuleFields.InExamples);
        var flag = examples.List(RuleFields.Flag, RuleLimits.MinExamples);
        var pass = examples.List(RuleFields.Pass, RuleLimits.MinExamples);
        return flag is null || pass is null ? null : new RuleExamples([.. flag.Select(f => f.Value)], [.. pass.Select(p => p.Value)]);
    }

    private static string? ReadLink(YamlFieldReader fields)
    {
        var link = fields.String(RuleFields.Link, required: false);
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Error(fields.Node(RuleFields.Link), RuleFields.Link, $"'{link}' must be an absolute http(s) URL");
        }

        return link;
    }

    private static string ReadLocale(YamlFieldReader fields, string? packLanguage)
    {
        var given = fields.String(RuleFields.Locale, required: false);
        var locale = given ?? LanguageTags.Default;
        if (!LocalePattern().IsMatch(locale))
        {
            fields.Error(fields.Node(RuleFields.Locale), RuleFields.Locale, $"'{locale}' must be a language tag such as en, de or en-GB");
        }
        else if (packLanguage == LanguageTags.Default)
        {
            fields.Error(null, RuleFields.Id, $"English rules live directly in <category>/, not in a '{packLanguage}/' language folder");
        }
        else if (packLanguage is not null && given is null)
        {
            fields.Error(null, RuleFields.Locale, $"is required in the '{packLanguage}/' language folder: add 'locale: {packLanguage}'");
        }
        else if (packLanguage is not null && LanguageTags.Primary(locale) != packLanguage)
        {
            fields.Error(fields.Node(RuleFields.Locale), RuleFields.Locale, $"is '{locale}' but the rule lives in the '{packLanguage}/' language folder; they must agree");
        }

        return locale;
    }

    [GeneratedRegex("^([a-z]{2,3}/)?[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2})?$")]
    private static partial Regex LocalePattern();
}

using System.Text.RegularExpressions;
using AllyBot.Rules;

namespace AllyBot.Cli;

/// <summary><c>--language LANG</c>: picks the rules of one language (its primary subtag: <c>de-AT</c> means <c>de</c>).</summary>
internal static partial class LanguageOption
{
    public const string Name = "--language";

    /// <summary>The language given, or null when the option is absent.</summary>
    public static string? Take(CliArguments arguments)
    {
        var language = arguments.TakeOption(Name);
        return language is null || LanguageTag().IsMatch(language)
            ? language
            : throw new UsageException($"{Name} must be a language tag such as en, de or de-AT, not '{language}'");
    }

    /// <summary>The rules of <paramref name="language"/>; an input error when the folder has none.</summary>
    public static RuleSet Select(RuleSet rules, string language, string directory)
    {
        var selected = rules.ForLanguage(language);
        return selected.Rules.Count > 0
            ? selected
            : throw new InputException($"no rules for language '{language}' in {directory} (it has: {string.Join(", ", rules.Languages)})");
    }

    /// <summary>"en 172, de 84": rules per language, most first.</summary>
    public static string Counts(RuleSet rules) =>
        string.Join(", ", rules.Languages.Select(l => (Language: l, Count: rules.ForLanguage(l).Rules.Count))
            .OrderByDescending(c => c.Count).Select(c => $"{c.Language} {c.Count}"));

    [GeneratedRegex("^[a-zA-Z]{2,3}([-_][a-zA-Z]{2})?$")]
    private static partial Regex LanguageTag();
}

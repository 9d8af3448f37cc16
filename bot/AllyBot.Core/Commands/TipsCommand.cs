using System.Text;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally tips [language] [category]</c>: the rules in force here in one language (English unless named), by category, or one category's rules.</summary>
public sealed class TipsCommand(IRuleSetProvider rules) : IAllyCommand
{
    private const int MaxListed = 25;

    public string Verb => "tips";

    public string Usage => "tips [language] [category]";

    public string Summary => "what AllyBot looks out for here, by category";

    public Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = rules.RulesFor(context.Command.Where);
        var language = all.Languages.Contains("en") || all.Languages.Count == 0 ? "en" : all.Languages[0];
        var firstWord = arguments.Split(' ', 2)[0];
        if (all.Languages.Contains(firstWord.ToLowerInvariant()))
        {
            language = firstWord.ToLowerInvariant();
            arguments = arguments[firstWord.Length..].Trim();
        }

        var others = all.Languages.Where(l => l != language).ToList();
        var active = all.ForLanguage(language).Rules.Where(r => r.Enabled && r.Severity >= Severity.Suggestion).ToList();
        var categories = active.GroupBy(r => r.Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (arguments.Length == 0)
        {
            var overview = new StringBuilder("AllyBot looks out for these in ").Append(LanguageNames.Describe(language)).Append(", and only ever tells you privately:\n");
            foreach (var category in categories)
            {
                overview.Append("• ").Append(category.Key).Append(" (").Append(category.Count()).Append(" tips)\n");
            }

            overview.Append("Try `/ally tips <category>` for examples.");
            if (others.Count > 0)
            {
                overview.Append(" Also in ").Append(string.Join(", ", others.Select(LanguageNames.Describe))).Append(": `/ally tips ").Append(others[0]).Append("`.");
            }

            return Task.FromResult(overview.ToString());
        }

        var chosen = categories.FirstOrDefault(g => g.Key.Equals(arguments, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return Task.FromResult($"There is no category '{arguments}'. Categories: {string.Join(", ", categories.Select(c => c.Key))}.");
        }

        var list = new StringBuilder($"Tips for {chosen.Key}:\n");
        foreach (var rule in chosen.OrderBy(r => r.Id, StringComparer.Ordinal).Take(MaxListed))
        {
            list.Append("• instead of \"").Append(rule.Words.Count > 0 ? rule.Words[0] : rule.Id).Append("\", try \"")
                .Append(rule.Suggestions[0]).Append("\"\n");
        }

        if (chosen.Count() > MaxListed)
        {
            list.Append("…and ").Append(chosen.Count() - MaxListed).Append(" more.\n");
        }

        return Task.FromResult(list.ToString().TrimEnd());
    }
}

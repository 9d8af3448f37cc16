using AllyBot.Core.Replies;
using AllyBot.Rules.Model;

namespace AllyBot.Core.Commands.Admin;

/// <summary>Phrases the admin sub-commands share.</summary>
internal static class AdminAnswers
{
    public static string Done(string action) => $"Done: {action}. (`/ally admin undo` reverts it.)";

    public static string Where(string? channelId) => channelId is null ? "workspace-wide" : $"in {ChatMentions.Channel(channelId)}";

    public static string Severities => string.Join("|", SeverityNames.All);

    /// <summary>Null when <paramref name="target"/> names a rule or a category of <paramref name="rules"/>, else the answer.</summary>
    public static string? UnknownTarget(string target, IReadOnlyList<Rule> rules)
    {
        if (rules.Any(r => r.Id == target || r.Category == target))
        {
            return null;
        }

        var categories = string.Join(", ", rules.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal));
        return $"There is no rule or category '{target}'. Categories: {categories}. `/ally admin rules <category>` lists rule ids.";
    }
}

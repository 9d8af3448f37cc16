using System.Text;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Credits;

/// <summary>
/// The text of the weekly "This week's credits" post: who did what and who said so, one line per credit given, in
/// the order they were given. Never a count, a total or a ranking.
/// </summary>
public static class CreditsPostComposer
{
    /// <summary>The post's first line.</summary>
    public const string Title = "🌟 This week's credits";

    /// <summary>The text for <paramref name="credits"/> (oldest first); credits with one origin share a line.</summary>
    public static string Compose(IReadOnlyList<Credit> credits)
    {
        ArgumentNullException.ThrowIfNull(credits);
        var text = new StringBuilder(Title);
        foreach (var origin in credits.GroupBy(c => c.OriginId, StringComparer.Ordinal))
        {
            var first = origin.First();
            text.Append("\n• ").Append(ChatMentions.Members([.. origin.Select(c => c.ReceiverId)])).Append(": ")
                .Append(first.Contribution).Append(" (from ").Append(ChatMentions.Member(first.GiverId)).Append(')');
        }

        return text.ToString();
    }
}

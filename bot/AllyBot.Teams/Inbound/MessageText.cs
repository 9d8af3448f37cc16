using System.Net;
using System.Text.RegularExpressions;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Inbound;

/// <summary>
/// Turns Teams message text into the text the rules read (protocols.md §2.4): removes the bot's own
/// <c>&lt;at&gt;</c> mention, keeps other mentions, code, preformatted blocks and quotes as elements (the matcher
/// never flags inside them: a colleague called Guy, a quoted message, a code sample), drops the remaining markup,
/// decodes HTML entities and collapses whitespace.
/// </summary>
internal static partial class MessageText
{
    public static string Clean(string? text, IEnumerable<Entity>? entities, string? botId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        foreach (var mention in BotMentions(entities, botId))
        {
            text = text.Replace(mention, " ", StringComparison.Ordinal);
        }

        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Whether the bot itself is mentioned.</summary>
    public static bool MentionsBot(IEnumerable<Entity>? entities, string? botId) => BotMentions(entities, botId).Any();

    private static IEnumerable<string> BotMentions(IEnumerable<Entity>? entities, string? botId) =>
        botId is null || entities is null
            ? []
            : entities.Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
                                  && string.Equals(e.Mentioned?.Id, botId, StringComparison.Ordinal)
                                  && !string.IsNullOrEmpty(e.Text))
                      .Select(e => e.Text!);

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?(?!(?:at|code|pre|blockquote)\b)[a-zA-Z][^<>]{0,2000}>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s\u00A0]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}

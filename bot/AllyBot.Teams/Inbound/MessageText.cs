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
    public static string Clean(string? text, IEnumerable<Entity>? entities, string? botId) =>
        Whitespace().Replace(Plain(text, entities, botId), " ").Trim();

    /// <summary>The text without the bot's mention, markup and entities, whitespace not yet collapsed.</summary>
    private static string Plain(string? text, IEnumerable<Entity>? entities, string? botId)
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
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>
    /// The text of a command: as <see cref="Clean"/> but keeping line breaks, and each other mention (an entity with <c>mentioned.id</c>)
    /// becomes Core's <c>&lt;@id&gt;</c> token, in order, so "credit &lt;at&gt;Alex&lt;/at&gt;" reads "credit &lt;@29:…&gt;".
    /// </summary>
    public static string CleanCommand(string? text, IEnumerable<Entity>? entities, string? botId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var mentions = (entities ?? []).Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
                                                   && e.Mentioned?.Id is { Length: > 0 } id && !id.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '@' or '|')
                                                   && !string.Equals(e.Mentioned.Id, botId, StringComparison.Ordinal)
                                                   && !string.IsNullOrEmpty(e.Text));
        var from = 0;
        foreach (var mention in mentions)
        {
            var at = text.IndexOf(mention.Text!, from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var token = Core.Replies.ChatMentions.Member(mention.Mentioned!.Id!);
            text = text[..at] + " " + token + " " + text[(at + mention.Text!.Length)..];
            from = at + token.Length + 2;
        }

        // Line breaks stay (a custom rule's YAML needs them); an indented line keeps one space of indentation.
        var lines = Plain(text, entities, botId).Split(['\n', '\r'])
            .Select(line => (Indented: line.Length > 0 && IsBlank(line[0]), Text: Whitespace().Replace(line, " ").Trim()))
            .Where(line => line.Text.Length > 0)
            .Select(line => line.Indented ? " " + line.Text : line.Text);
        return string.Join('\n', lines).Trim();
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u00A0';

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

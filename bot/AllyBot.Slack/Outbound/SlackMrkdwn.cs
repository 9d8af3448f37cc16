using System.Text;
using System.Text.RegularExpressions;

namespace AllyBot.Slack.Outbound;

/// <summary>Slack's mrkdwn escaping: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> need it.</summary>
internal static partial class SlackMrkdwn
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>
    /// Escapes <paramref name="text"/> but keeps Core's mention tokens (<c>&lt;@U1&gt;</c>, <c>&lt;#C1&gt;</c>), which
    /// are already Slack syntax and render as mentions.
    /// </summary>
    public static string EscapeKeepingMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match token in MentionToken().Matches(text))
        {
            result.Append(Escape(text[last..token.Index])).Append(token.Value);
            last = token.Index + token.Length;
        }

        return result.Append(Escape(text[last..])).ToString();
    }

    [GeneratedRegex(@"<[@#][A-Z0-9]+(\|[^<>|]*)?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MentionToken();
}

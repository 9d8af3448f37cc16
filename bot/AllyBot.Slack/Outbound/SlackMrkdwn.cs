namespace AllyBot.Slack.Outbound;

/// <summary>Slack's mrkdwn escaping: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> need it.</summary>
internal static class SlackMrkdwn
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }
}

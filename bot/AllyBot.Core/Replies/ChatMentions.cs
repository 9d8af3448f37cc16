namespace AllyBot.Core.Replies;

/// <summary>
/// The one platform-neutral way to refer to people and channels in text, both ways: edges write a mentioned member
/// into <see cref="Conversations.ChatCommand"/> text as <c>&lt;@USERID&gt;</c> (Slack's escaped form
/// <c>&lt;@U1|name&gt;</c> is accepted too; Teams edges turn each <c>&lt;at&gt;</c> mention entity into
/// <c>&lt;@29:…&gt;</c>), and Core's replies use <c>&lt;@USERID&gt;</c> and <c>&lt;#CHANNELID&gt;</c>, which edges
/// render as a mention or a display name.
/// </summary>
public static class ChatMentions
{
    /// <summary>The token for a member: <c>&lt;@U1&gt;</c>.</summary>
    public static string Member(string userId) => $"<@{userId}>";

    /// <summary>The token for a channel: <c>&lt;#C1&gt;</c>.</summary>
    public static string Channel(string channelId) => $"<#{channelId}>";

    /// <summary>Several members: "&lt;@A&gt;", "&lt;@A&gt; and &lt;@B&gt;", "&lt;@A&gt;, &lt;@B&gt; and &lt;@C&gt;".</summary>
    public static string Members(IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var tokens = userIds.Select(Member).ToList();
        return tokens.Count switch
        {
            0 => "",
            1 => tokens[0],
            _ => $"{string.Join(", ", tokens.Take(tokens.Count - 1))} and {tokens[^1]}",
        };
    }

    /// <summary>Reads one whole word as a member mention: <c>&lt;@U1&gt;</c> or <c>&lt;@U1|name&gt;</c>.</summary>
    public static bool TryParseMember(string? word, out string userId)
    {
        userId = "";
        if (word is null || word.Length < 4 || !word.StartsWith("<@", StringComparison.Ordinal) || !word.EndsWith('>'))
        {
            return false;
        }

        var inner = word[2..^1];
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        var id = bar < 0 ? inner : inner[..bar];
        if (id.Length == 0 || id.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '@'))
        {
            return false;
        }

        userId = id;
        return true;
    }
}

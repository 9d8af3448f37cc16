using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Sending;

/// <summary>
/// Renders Core's <see cref="Core.Replies.ChatMentions"/> tokens for Teams: <c>&lt;@29:…&gt;</c> becomes
/// <c>&lt;at&gt;Name&lt;/at&gt;</c> plus a <c>mention</c> entity when the name is known, else plain text (the
/// <c>|name</c> of an escaped token, or "someone"); <c>&lt;#19:…&gt;</c> becomes "the channel".
/// </summary>
internal static partial class TeamsMentions
{
    public const string UnknownMember = "someone";

    public const string ChannelName = "the channel";

    public static (string Text, IReadOnlyList<Entity> Entities) Render(string text, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var entities = new List<Entity>();
        var rendered = Token().Replace(text, match =>
        {
            var label = match.Groups["label"].Success ? match.Groups["label"].Value.Trim() : "";
            if (match.Groups["channel"].Success)
            {
                return label.Length > 0 ? label : ChannelName;
            }

            var id = match.Groups["member"].Value;
            if (!names.TryGetValue(id, out var name) || string.IsNullOrWhiteSpace(name))
            {
                return label.Length > 0 ? label : UnknownMember;
            }

            var at = new StringBuilder("<at>").Append(WebUtility.HtmlEncode(name)).Append("</at>").ToString();
            entities.Add(new Entity { Type = "mention", Text = at, Mentioned = new ChannelAccount { Id = id, Name = name } });
            return at;
        });
        return (rendered, entities);
    }

    [GeneratedRegex(@"<(?:@(?<member>[^\s<>@|]+)|#(?<channel>[^\s<>|]+))(?:\|(?<label>[^<>]*))?>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();
}

using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// A Slack message permalink, <c>https://&lt;workspace&gt;.slack.com/archives/&lt;channel&gt;/p&lt;ts without the
/// dot&gt;[?thread_ts=…]</c>, taken apart.
/// </summary>
/// <param name="Domain">The workspace's subdomain (<c>allyco</c> of <c>allyco.slack.com</c>), lower case.</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="Ts">The message's ts (<c>1763900000.000100</c>).</param>
/// <param name="ThreadTs">The thread root's ts from the query, or null.</param>
internal sealed record SlackMessageLink(string Domain, string ChannelId, string Ts, string? ThreadTs)
{
    private const string SlackHost = ".slack.com";

    /// <summary>Parses <paramref name="link"/> (also in Slack's <c>&lt;url|label&gt;</c> form); null when it is not a message permalink.</summary>
    public static SlackMessageLink? TryParse(string? link)
    {
        var text = (link ?? "").Trim();
        if (text.StartsWith('<') && text.EndsWith('>'))
        {
            text = text[1..^1].Split('|')[0];
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !uri.Host.EndsWith(SlackHost, StringComparison.OrdinalIgnoreCase) || uri.Host.Length <= SlackHost.Length)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (segments.Length != 3 || segments[0] != "archives" || !IsId(segments[1]) || ToTs(segments[2]) is not { } ts)
        {
            return null;
        }

        var threadTs = QueryHelpers.ParseQuery(uri.Query).TryGetValue("thread_ts", out var values) ? values.ToString() : null;
        if (threadTs is not null && !IsTs(threadTs))
        {
            return null;
        }

        var domain = uri.Host[..^SlackHost.Length].Split('.')[0].ToLowerInvariant();
        return new SlackMessageLink(domain, segments[1], ts, threadTs == ts ? null : threadTs);
    }

    private static bool IsId(string id) => id.Length is >= 2 and <= 32 && id.All(char.IsAsciiLetterOrDigit) && id.All(c => !char.IsAsciiLetterLower(c));

    private static bool IsTs(string ts) => ts.Split('.') is [var seconds, var micros] && seconds.Length is >= 9 and <= 12 && micros.Length == 6
        && seconds.All(char.IsAsciiDigit) && micros.All(char.IsAsciiDigit);

    private static string? ToTs(string segment)
    {
        if (segment.Length < 16 || segment[0] != 'p' || !segment[1..].All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = segment[1..];
        return string.Create(CultureInfo.InvariantCulture, $"{digits[..^6]}.{digits[^6..]}");
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Outbound;

/// <summary>
/// Remembers the <c>response_url</c> of a member's latest slash command or button press in a channel (30 minutes,
/// one use), so the private answer from Core goes back the way Slack intends: it works in channels AllyBot is not a
/// member of and in DMs, where <c>chat.postEphemeral</c> cannot post. In memory: on another instance the answer falls
/// back to <c>chat.postEphemeral</c>. Only <c>https://hooks.slack.com/</c> URLs (or ones on the configured API host)
/// are kept, so a signed payload cannot make AllyBot post elsewhere.
/// </summary>
internal sealed class SlackResponseUrls(IOptions<SlackOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private const int MaxEntries = 10_000;

    private readonly Dictionary<(string, string, string), (Uri Url, DateTimeOffset Expiry)> _urls = [];
    private readonly Lock _lock = new();

    /// <summary>Keeps <paramref name="responseUrl"/> for the member's next private answer in <paramref name="where"/>.</summary>
    public bool Remember(ChatAddress where, string userId, string? responseUrl)
    {
        ArgumentNullException.ThrowIfNull(where);
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || !IsSlackHost(url))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_urls.Count >= MaxEntries)
            {
                foreach (var key in _urls.Where(e => e.Value.Expiry <= now).Select(e => e.Key).ToList())
                {
                    _urls.Remove(key);
                }

                if (_urls.Count >= MaxEntries)
                {
                    return false;
                }
            }

            _urls[(where.WorkspaceId, where.ChannelId, userId)] = (url, now + Lifetime);
        }

        return true;
    }

    /// <summary>The remembered URL, removed so it is used once; null when none is fresh.</summary>
    public Uri? Take(ChatAddress where, string userId)
    {
        ArgumentNullException.ThrowIfNull(where);
        lock (_lock)
        {
            return _urls.Remove((where.WorkspaceId, where.ChannelId, userId), out var entry) && clock.GetUtcNow() < entry.Expiry ? entry.Url : null;
        }
    }

    private bool IsSlackHost(Uri url)
    {
        if (url.Scheme == Uri.UriSchemeHttps && url.Host.Equals("hooks.slack.com", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var api = options.Value.ApiBaseUri;
        return url.Scheme == api.Scheme && url.Host.Equals(api.Host, StringComparison.OrdinalIgnoreCase) && url.Port == api.Port;
    }
}

namespace AllyBot.Slack.WebApi;

/// <summary>A Web API rate tier: sustained calls per minute and the burst tolerated on top (docs.slack.dev/apis/web-api/rate-limits).</summary>
internal sealed record SlackMethodTier(int PerMinute, int Burst)
{
    public static readonly SlackMethodTier Tier1 = new(1, 3);
    public static readonly SlackMethodTier Tier2 = new(20, 5);
    public static readonly SlackMethodTier Tier3 = new(50, 10);
    public static readonly SlackMethodTier Tier4 = new(100, 20);

    /// <summary>chat.postMessage: about one message per second per channel.</summary>
    public static readonly SlackMethodTier PerChannelMessage = new(60, 3);

    /// <summary>The tier of a method (protocols.md §3.5); Tier 3 when unknown.</summary>
    public static SlackMethodTier For(string method) => method switch
    {
        "chat.postEphemeral" or "users.info" or "conversations.members" or "views.open" or "views.publish" or "oauth.v2.access" or "auth.test" => Tier4,
        "chat.postMessage" => PerChannelMessage,
        "apps.connections.open" => Tier1,
        _ => Tier3,
    };

    /// <summary>The spacing between calls at the sustained rate.</summary>
    public TimeSpan Interval => TimeSpan.FromMinutes(1) / PerMinute;
}

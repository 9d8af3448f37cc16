namespace AllyBot.Host.Playground.Teams;

/// <summary>How the playground's people, channels and tenant look as Teams ids, and back.</summary>
internal static class PlaygroundTeamsIds
{
    public const string Tenant = "playground-tenant";

    public const string Team = "19:playground-team@thread.tacv2";

    public const string Bot = "28:playground-allybot";

    public const string BotName = "AllyBot";

    /// <summary>The path of the in-process fake Connector; the serviceUrl is the host's own address plus this.</summary>
    public const string ConnectorPath = "/playground/teams/connector/";

    private const string UserPrefix = "29:playground-";
    private const string PersonalPrefix = "a:playground-";
    private const string ChannelPrefix = "19:playground-";
    private const string ChannelSuffix = "@thread.tacv2";

    public static string User(string user) => UserPrefix + user;

    public static string Channel(string channel) => ChannelPrefix + channel + ChannelSuffix;

    /// <summary>The 1:1 chat the fake Connector opens between AllyBot and a member.</summary>
    public static string PersonalChat(string teamsUserId) => PersonalPrefix + PlaygroundUserOf(teamsUserId);

    /// <summary>The playground user of a Teams user id or 1:1 chat id, or null when it is neither.</summary>
    public static string? PlaygroundUserOf(string? id) =>
        id is null ? null
        : id.StartsWith(UserPrefix, StringComparison.Ordinal) ? id[UserPrefix.Length..]
        : id.StartsWith(PersonalPrefix, StringComparison.Ordinal) ? id[PersonalPrefix.Length..]
        : null;

    /// <summary>The playground channel of a channel conversation id (with or without <c>;messageid=</c>), or null.</summary>
    public static string? PlaygroundChannelOf(string conversationId)
    {
        var channel = conversationId.Split(';')[0];
        return channel.StartsWith(ChannelPrefix, StringComparison.Ordinal) && channel.EndsWith(ChannelSuffix, StringComparison.Ordinal)
            ? channel[ChannelPrefix.Length..^ChannelSuffix.Length]
            : null;
    }
}

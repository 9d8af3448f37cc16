using AllyBot.Core.Conversations;

namespace AllyBot.Slack.Home;

/// <summary>
/// The address the App Home settings tab is about. App Home belongs to no channel, so its view is about the workspace:
/// the channel id is <see cref="ChannelId"/>, which no Slack channel can have (Slack ids are upper-case). Member
/// settings and the admin check are per workspace and unaffected; the view leaves out the "this channel" switches
/// (they would be about no channel) and offers to turn each silenced channel back on instead.
/// </summary>
internal static class SlackHomeAddress
{
    /// <summary>The channel id of every App Home address.</summary>
    public const string ChannelId = "app-home";

    public static ChatAddress For(string teamId) => new(ChatPlatform.Slack, teamId, ChannelId);

    public static bool Is(ChatAddress where) => where is { Platform: ChatPlatform.Slack, ChannelId: ChannelId };
}

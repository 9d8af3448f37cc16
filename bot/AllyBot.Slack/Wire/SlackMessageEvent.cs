namespace AllyBot.Slack.Wire;

/// <summary>The fields AllyBot reads from <c>message</c>, <c>app_mention</c> and <c>member_joined_channel</c> events.</summary>
/// <remarks><see cref="Message"/> and <see cref="PreviousMessage"/> are set on <c>message_changed</c>.</remarks>
internal sealed record SlackMessageEvent(
    string? Type,
    string? Subtype,
    string? Channel,
    string? ChannelType,
    string? User,
    string? Text,
    string? Ts,
    string? ThreadTs,
    string? EventTs,
    string? BotId,
    string? Team,
    SlackMessageEvent? Message,
    SlackMessageEvent? PreviousMessage,
    string? DeletedTs)
{
    /// <summary>Never prints the text.</summary>
    public override string ToString() => $"SlackMessageEvent {{ {Type}, {Subtype}, {Channel}, {Ts}, {Text?.Length ?? 0} chars }}";
}

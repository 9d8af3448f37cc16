using AllyBot.Core.Conversations;
using AllyBot.Slack.Wire;

namespace AllyBot.Slack.Translation;

/// <summary>Turns a slash command into a <see cref="ChatCommand"/> (the text is everything after <c>/ally</c>).</summary>
internal static class SlackCommandTranslator
{
    /// <summary>The command and its dedupe key, or null when a required field is missing.</summary>
    public static (string DedupeKey, ChatCommand Command)? Translate(SlackSlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrEmpty(command.TeamId) || string.IsNullOrEmpty(command.ChannelId) || string.IsNullOrEmpty(command.UserId)
            || string.IsNullOrEmpty(command.TriggerId))
        {
            return null;
        }

        var chat = new ChatCommand(
            new ChatAddress(ChatPlatform.Slack, command.TeamId, command.ChannelId),
            new ChatUser(command.UserId),
            command.Text ?? "");
        return (SlackDedupeKeys.Command(command.TeamId, command.TriggerId), chat);
    }
}

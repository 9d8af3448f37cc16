using AllyBot.Core.Admin;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin channel off|on #channel</c>: whether AllyBot nudges in a channel at all.</summary>
public sealed class AdminChannelCommand(WorkspaceAdmin admin) : IAdminSubcommand
{
    public string Name => "channel";

    public string Usage => "channel off|on #channel";

    public string Summary => "silences AllyBot in a channel, or brings it back";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || words[0].ToLowerInvariant() is not ("on" or "off"))
        {
            return $"Use `/ally admin {Usage}`.";
        }

        if (!AdminArguments.TryParseChannel(words[1], out var channelId))
        {
            return $"I couldn't tell which channel '{words[1]}' is. Pick it from the #-channel list so it becomes a link.";
        }

        var off = words[0].Equals("off", StringComparison.OrdinalIgnoreCase);
        var channel = ChatMentions.Channel(channelId);
        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current => current.ChannelsOff.Contains(channelId) == off
                    ? AdminEdit.Refuse($"AllyBot is {(off ? "off" : "on")} in {channel} already.")
                    : AdminEdit.Change(
                        current with { ChannelsOff = off ? current.ChannelsOff.Append(channelId).ToHashSet(StringComparer.Ordinal) : current.ChannelsOff.Where(c => c != channelId).ToHashSet(StringComparer.Ordinal) },
                        $"turned AllyBot {(off ? "off" : "on")} in {channel}"),
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? AdminAnswers.Done(text) : text;
    }
}

using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Commands;

/// <summary>
/// <c>/ally facilitator add|remove @person</c>, and <c>/ally facilitator</c> to list them. Facilitators change this
/// channel's settings and get its digest. While a channel has none, anyone in it may add the first (see
/// <see cref="FacilitatorFirstAdminPolicy"/>).
/// </summary>
public sealed class FacilitatorCommand(ChannelSettingsAccess access, ITeamSettingsStore store, IRosterProvider roster) : IAllyCommand
{
    private const string Help = "Use `/ally facilitator add @person` or `/ally facilitator remove @person`.";

    public string Verb => "facilitator";

    public string Usage => "facilitator add|remove @person";

    public string Summary => "(facilitators) who looks after AllyBot's settings and digest in this channel";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (settings, denial) = await access.ForChannelChangeAsync(context.Command.Where, context.Command.Caller.Id, cancellationToken).ConfigureAwait(false);
        var channel = ChatMentions.Channel(settings.Channel.ChannelId);
        if (words.Length == 0)
        {
            return settings.FacilitatorIds.Count == 0
                ? $"{channel} has no facilitator yet. {Help}"
                : $"Facilitators of {channel}: {ChatMentions.Members(settings.FacilitatorIds)}.";
        }

        var action = words[0].ToLowerInvariant();
        if (action is not ("add" or "remove") || words.Length != 2)
        {
            return Help;
        }

        if (denial is not null)
        {
            return denial;
        }

        if (!ChatMentions.TryParseMember(words[1], out var userId))
        {
            return $"I couldn't tell who '{words[1]}' is. Choose them from the @-mention list so it becomes a mention.";
        }

        var person = ChatMentions.Member(userId);
        if (action == "remove")
        {
            if (!settings.IsFacilitator(userId))
            {
                return $"{person} isn't a facilitator of {channel}.";
            }

            await store.SaveAsync(settings with { FacilitatorIds = [.. settings.FacilitatorIds.Where(id => id != userId)] }, cancellationToken).ConfigureAwait(false);
            return $"{person} is no longer a facilitator of {channel}.";
        }

        if (settings.IsFacilitator(userId))
        {
            return $"{person} is already a facilitator of {channel}.";
        }

        var members = await roster.GetMembersAsync(settings.Channel, cancellationToken).ConfigureAwait(false);
        if (!members.Any(m => m.UserId == userId))
        {
            return $"I don't know {person} as a member of {channel}. A facilitator must be a person in the channel, so that I can message them.";
        }

        await store.SaveAsync(settings with { FacilitatorIds = [.. settings.FacilitatorIds, userId] }, cancellationToken).ConfigureAwait(false);
        return $"{person} is now a facilitator of {channel}: they can change its AllyBot settings and, with `/ally digest on`, get its private weekly digest.";
    }
}

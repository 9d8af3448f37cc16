using AllyBot.Core.Credits;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Commands;

/// <summary>
/// <c>/ally credit @person [@person...] what they did [private]</c>: credits channel members for something specific.
/// Shared in the channel's Friday post unless <c>private</c>; each person credited gets a DM.
/// </summary>
public sealed class CreditCommand(IRosterProvider roster, CreditRecorder recorder) : IAllyCommand
{
    private const string Example = "`/ally credit @person what they did`, like `/ally credit @sam found the cause of the flaky deploy test`";

    public string Verb => "credit";

    public string Usage => "credit @person what they did [private]";

    public string Summary => "credit someone for something specific they did (add `private` to tell only them)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var receivers = new List<string>();
        while (words.Count > 0 && (words[0].StartsWith('@') || words[0].StartsWith("<@", StringComparison.Ordinal)))
        {
            if (!ChatMentions.TryParseMember(words[0], out var userId))
            {
                return $"I couldn't tell who '{words[0]}' is. Choose them from the @-mention list so it becomes a mention.";
            }

            receivers.Add(userId);
            words.RemoveAt(0);
        }

        if (receivers.Count == 0)
        {
            return $"Say who first: {Example}.";
        }

        var audience = CreditAudience.Channel;
        if (words.Count > 0 && words[^1].Equals("private", StringComparison.OrdinalIgnoreCase))
        {
            audience = CreditAudience.RecipientOnly;
            words.RemoveAt(words.Count - 1);
        }

        var contribution = string.Join(' ', words);
        var where = context.Command.Where with { ThreadId = null };
        var members = (await roster.GetMembersAsync(where, cancellationToken).ConfigureAwait(false)).Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
        var problem = receivers.Contains(context.Command.Caller.Id) ? "Credit is for someone else's work, so you can't credit yourself."
            : receivers.FirstOrDefault(id => !members.Contains(id)) is { } stranger ? $"I don't know {ChatMentions.Member(stranger)} as a member of {ChatMentions.Channel(where.ChannelId)}, so I can't credit them here."
            : contribution.Length == 0 ? $"Say what they did: {Example}."
            : contribution.Length > ContributionCheck.MaxLength ? $"Please keep it under {ContributionCheck.MaxLength} characters."
            : !ContributionCheck.IsSpecific(contribution) ? $"{ContributionCheck.Coaching}\nThen try again: {Example}."
            : null;
        if (problem is not null)
        {
            return problem;
        }

        var credits = recorder.Create($"cmd-{Guid.NewGuid():N}", where, context.Command.Caller.Id, receivers, contribution, audience, CreditSource.Command, context.Now);
        await recorder.StoreAsync(credits, cancellationToken).ConfigureAwait(false);
        return await recorder.DeliverAsync(credits, cancellationToken).ConfigureAwait(false);
    }
}

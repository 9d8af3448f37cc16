using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;

namespace AllyBot.Core.Participation;

/// <summary>
/// Counts one message before its text is dropped (architecture.md flow 4): +1 on the (channel, UTC day, pseudonym,
/// kind) counter, nothing else. Only in channels whose facilitators turned the digest on (analytics are off by
/// default), never for bots, never for members who opted out of counting.
/// </summary>
public sealed class ParticipationRecorder(ITeamSettingsStore teams, IMemberSettingsStore members, IParticipationCounter counter, MemberPseudonymizer pseudonymizer)
{
    /// <summary>Counts <paramref name="message"/> if it should be; returns whether it was.</summary>
    public async Task<bool> RecordAsync(ChatMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Author.IsBot)
        {
            return false;
        }

        var channel = message.Where with { ThreadId = null };
        if (!(await teams.GetAsync(channel, cancellationToken).ConfigureAwait(false)).DigestOn)
        {
            return false;
        }

        var member = pseudonymizer.KeyFor(channel, message.Author.Id);
        if ((await members.GetAsync(member, cancellationToken).ConfigureAwait(false)).CountingOff)
        {
            return false;
        }

        var kind = message.Where.ThreadId is null || message.Where.ThreadId == message.MessageId ? ParticipationKind.Message : ParticipationKind.ThreadReply;
        var day = DateOnly.FromDateTime(message.SentAt.UtcDateTime);
        await counter.IncrementAsync(new ParticipationCount(channel, day, member.Pseudonym, kind), cancellationToken).ConfigureAwait(false);
        return true;
    }
}

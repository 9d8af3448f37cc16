using AllyBot.Core.Conversations;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Participation;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Scheduling;
using AllyBot.Core.Settings;
using AllyBot.Core.Voices;

namespace AllyBot.Host.Playground;

/// <summary>
/// Backfills content-free participation history for a playground channel, so the facilitator digest can be tried
/// without weeks of chatter: per-member daily message counts (only the days the counter keeps) and the weekly
/// snapshots a Monday digest would have stored. Earlier weeks are even; the last 7 days are carried by two people, so
/// the "consider inviting input" trigger fires on the next Monday digest. Only numbers are written, never any text.
/// </summary>
internal sealed class PlaygroundSimulator(
    IParticipationCounter counter,
    IVoicesSnapshotStore snapshots,
    IMemberSettingsStore members,
    MemberPseudonymizer pseudonymizer,
    DialogSchedulerOptions options,
    TimeProvider clock)
{
    /// <summary>The fewest weeks that can be simulated. <value>1.</value></summary>
    public const int MinWeeks = 1;

    /// <summary>The most weeks that can be simulated. <value>12.</value></summary>
    public const int MaxWeeks = 12;

    /// <summary>Writes <paramref name="weeks"/> weeks of history for <paramref name="channelId"/>; returns what was written.</summary>
    public async Task<SimulationResult> SimulateAsync(string channelId, int weeks, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, MinWeeks);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, MaxWeeks);
        var channel = new ChatAddress(ChatPlatform.Playground, PlaygroundOptions.Workspace, channelId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // Members who opted out of counting are left out, as the recorder and the roster builder leave them out.
        var counted = new List<(int Index, MemberKey Key)>();
        var humans = PlaygroundOptions.Users.Where(u => !u.IsBot).ToList();
        for (var i = 0; i < humans.Count; i++)
        {
            var key = pseudonymizer.KeyFor(channel, humans[i].Id);
            if (!(await members.GetAsync(key, cancellationToken).ConfigureAwait(false)).CountingOff)
            {
                counted.Add((i, key));
            }
        }

        var messages = 0;
        var firstDay = today.AddDays(Math.Max(1 - (7 * weeks), 1 - options.KeepCounterDays));
        for (var day = firstDay; day <= today; day = day.AddDays(1))
        {
            foreach (var (index, key) in counted)
            {
                for (var n = Messages(index, day, today); n > 0; n--)
                {
                    await counter.IncrementAsync(new ParticipationCount(channel, day, key.Pseudonym, ParticipationKind.Message), cancellationToken).ConfigureAwait(false);
                    messages++;
                }
            }
        }

        // The snapshot of week W is what W's Monday digest measured: the 14 days up to that Monday.
        var saved = 0;
        for (var k = 1; k <= weeks; k++)
        {
            var week = IsoWeek.Of(today.AddDays(-7 * k));
            var lastDay = week.Monday;
            var activities = counted
                .Select(m => new MemberActivity(
                    Enumerable.Range(0, VoicesRosterBuilder.WindowDays).Sum(d => Messages(m.Index, lastDay.AddDays(-d), today)),
                    CreditsReceived: 0))
                .ToList();
            if (VoicesMeter.Measure(activities) is VoicesMeasured { Snapshot: var snapshot })
            {
                await snapshots.SaveAsync(channel, week, snapshot, cancellationToken).ConfigureAwait(false);
                saved++;
            }
        }

        return new SimulationResult(channelId, weeks, counted.Count, messages, saved);
    }

    /// <summary>
    /// The simulated messages of the member at <paramref name="index"/> on <paramref name="day"/>: weekdays only;
    /// one or two a day each before the last 7 days, then the first two members carry almost everything.
    /// </summary>
    private static int Messages(int index, DateOnly day, DateOnly today)
    {
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || day > today)
        {
            return 0;
        }

        if (day > today.AddDays(-7))
        {
            return index switch { 0 => 20, 1 => 16, _ => 0 };
        }

        return (day.DayNumber + index) % 4 == 0 ? 2 : 1;
    }
}

/// <summary>What <c>POST /playground/simulate</c> wrote: counts only.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Weeks">Weeks simulated.</param>
/// <param name="Members">Members counted (those who opted out of counting are left out).</param>
/// <param name="Messages">Messages added to the daily counters (only the days the counters keep).</param>
/// <param name="Snapshots">Weekly snapshots stored.</param>
public sealed record SimulationResult(string Channel, int Weeks, int Members, int Messages, int Snapshots);

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Participation;

/// <summary>
/// The eligible roster of voices.md 4.2 for the window ending at a moment: one <see cref="MemberActivity"/> per
/// human member who is not opted out of counting and not away for more than half the window's working days, zeros
/// included, messages over <see cref="WindowDays"/> days and credits received over <see cref="CreditWindowDays"/>.
/// No id leaves this class.
/// </summary>
public sealed class VoicesRosterBuilder(IParticipationCounter counter, ICreditStore credits, IMemberSettingsStore members, MemberCalendars calendars, MemberPseudonymizer pseudonymizer)
{
    /// <summary>The message window. <value>14 days.</value></summary>
    public const int WindowDays = 14;

    /// <summary>The credit window. <value>56 days (8 weeks).</value></summary>
    public const int CreditWindowDays = 56;

    /// <summary>The eligible members' activity in <paramref name="channel"/> for the window ending at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<MemberActivity>> BuildAsync(ChatAddress channel, IReadOnlyList<RosterMember> roster, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var lastDay = DateOnly.FromDateTime(now.UtcDateTime);
        var firstDay = lastDay.AddDays(1 - WindowDays);
        var messages = await counter.SumByMemberAsync(channel, firstDay, lastDay, cancellationToken).ConfigureAwait(false);
        var received = await credits.CountReceivedAsync(channel, now - TimeSpan.FromDays(CreditWindowDays), cancellationToken).ConfigureAwait(false);

        var activities = new List<MemberActivity>();
        foreach (var person in roster)
        {
            var member = pseudonymizer.KeyFor(channel, person.UserId);
            if ((await members.GetAsync(member, cancellationToken).ConfigureAwait(false)).CountingOff)
            {
                continue;
            }

            var calendar = await calendars.LoadAsync(member, person.TimeZoneId, cancellationToken).ConfigureAwait(false);
            if (AwayMostOf(calendar, firstDay, lastDay))
            {
                continue;
            }

            activities.Add(new MemberActivity(
                messages.GetValueOrDefault(member.Pseudonym),
                received.GetValueOrDefault(member.Pseudonym),
                WorkingDayFraction(calendar.WorkingHours)));
        }

        return activities;
    }

    /// <summary>Away (holiday or away period) on more than half of the window's working weekdays.</summary>
    private static bool AwayMostOf(MemberCalendar calendar, DateOnly firstDay, DateOnly lastDay)
    {
        int working = 0, absent = 0;
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (calendar.WorkingHours.Days.Includes(day.DayOfWeek))
            {
                working++;
                absent += calendar.IsAbsent(day) ? 1 : 0;
            }
        }

        return working > 0 && absent * 2 > working;
    }

    /// <summary>Declared working days over five, at most 1.</summary>
    private static double WorkingDayFraction(WorkingHours hours)
    {
        var days = Enum.GetValues<DayOfWeek>().Count(day => hours.Days.Includes(day));
        return Math.Min(1.0, days / 5.0);
    }
}

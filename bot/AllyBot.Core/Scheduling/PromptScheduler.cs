using NodaTime;

namespace AllyBot.Core.Scheduling;

/// <summary>
/// Expands a <see cref="WeeklySchedule"/> into prompts for one member, in the member's zone (the team zone when the
/// member has none), inside the member's working hours. Pure: the caller passes the time.
/// </summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>The slot is the scheduled wall time on a scheduled weekday, member-local. A wall time that does not exist
/// (DST gap) moves forward by the gap; an ambiguous one (DST overlap) takes its first occurrence.</item>
/// <item>A slot outside working hours, on a non-working weekday, a holiday or an away day moves to the member's next
/// working slot (the start of the next working day, or the start of today's hours if the slot is before them).
/// It never lands on a non-working day, and never at or after the schedule's next slot, so nothing is doubled.</item>
/// <item>If a holiday or away day pushes the prompt out of its own ISO week, that week's prompt is dropped: asking on
/// someone's return about a week they were away would be noise. Moves over an ordinary weekend (a Friday-evening slot
/// sent Monday 09:00) are kept; <see cref="ScheduleOccurrence.Week"/> still names the week it is about.</item>
/// </list>
/// </remarks>
public static class PromptScheduler
{
    /// <summary>How many days ahead <see cref="Next"/> and <see cref="NextWorkingInstant"/> look before giving up.</summary>
    public const int HorizonDays = 400;

    /// <summary>
    /// The member's first prompt strictly after <paramref name="after"/>, or null when there is none within
    /// <see cref="HorizonDays"/> days (away all that time, or the schedule's days never meet the member's working days).
    /// Calling again with the returned <see cref="ScheduleOccurrence.At"/> walks the occurrences one by one.
    /// </summary>
    public static ScheduleOccurrence? Next(WeeklySchedule schedule, MemberCalendar member, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(member);
        var zone = ZoneRules.Get(member.TimeZoneId ?? schedule.TimeZoneId);
        var afterInstant = Instant.FromDateTimeOffset(after);

        // A prompt moves at most to its schedule's next slot, under a week away; starting a week back finds one
        // scheduled before `after` but sent after it. Placed instants rise with the scheduled date, so the first
        // one after `after` is the answer.
        var first = ZoneRules.DateAt(zone, afterInstant).AddDays(-7);
        for (var date = first; date <= first.AddDays(HorizonDays); date = date.AddDays(1))
        {
            if (schedule.Days.Includes(date.DayOfWeek) && Place(schedule, member, zone, date) is { } occurrence
                && Instant.FromDateTimeOffset(occurrence.At) > afterInstant)
            {
                return occurrence;
            }
        }

        return null;
    }

    /// <summary>Whether the member is inside working hours on a working day at <paramref name="instant"/>.</summary>
    public static bool IsWorkingAt(MemberCalendar member, string teamTimeZoneId, DateTimeOffset instant) =>
        NextWorkingInstant(member, teamTimeZoneId, instant) == instant.ToUniversalTime();

    /// <summary>
    /// The first instant at or after <paramref name="from"/> inside the member's working hours on a working day
    /// (UTC), or null when there is none within <see cref="HorizonDays"/> days. Use it to hold a reminder until the
    /// member is at work.
    /// </summary>
    public static DateTimeOffset? NextWorkingInstant(MemberCalendar member, string teamTimeZoneId, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(member);
        var zone = ZoneRules.Get(member.TimeZoneId ?? TimeZoneIds.Require(teamTimeZoneId, nameof(teamTimeZoneId)));
        var start = Instant.FromDateTimeOffset(from);
        var (at, _) = FirstWorkingInstant(member, zone, start, start + Duration.FromDays(HorizonDays));
        return at?.ToDateTimeOffset();
    }

    private static ScheduleOccurrence? Place(WeeklySchedule schedule, MemberCalendar member, DateTimeZone zone, DateOnly date)
    {
        var slot = ZoneRules.Resolve(zone, date, schedule.LocalTime);
        var nextDate = date.AddDays(1);
        while (!schedule.Days.Includes(nextDate.DayOfWeek))
        {
            nextDate = nextDate.AddDays(1);
        }

        var (at, passedAbsence) = FirstWorkingInstant(member, zone, slot, ZoneRules.Resolve(zone, nextDate, schedule.LocalTime));
        var week = IsoWeek.Of(date);
        if (at is not { } instant || (passedAbsence && IsoWeek.Of(ZoneRules.DateAt(zone, instant)) != week))
        {
            return null;
        }

        var placement = instant != slot ? PromptPlacement.MovedToWorkingTime
            : ZoneRules.IsInGap(zone, date, schedule.LocalTime) ? PromptPlacement.ShiftedByDstGap
            : PromptPlacement.AtScheduledTime;
        var isoDay = date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
        var key = (schedule.Days & (schedule.Days - 1)) == 0 ? week.ToString() : $"{week}-{isoDay}";
        return new ScheduleOccurrence(instant.ToDateTimeOffset(), date, week, key, placement);
    }

    /// <summary>
    /// The first working instant in [<paramref name="from"/>, <paramref name="before"/>), and whether reaching it
    /// passed over a working weekday lost to a holiday or away period.
    /// </summary>
    private static (Instant? At, bool PassedAbsence) FirstWorkingInstant(MemberCalendar member, DateTimeZone zone, Instant from, Instant before)
    {
        var hours = member.WorkingHours;
        var passedAbsence = false;
        var day = ZoneRules.DateAt(zone, from);
        while (true)
        {
            if (hours.Days.Includes(day.DayOfWeek))
            {
                if (member.IsAbsent(day))
                {
                    passedAbsence = true;
                }
                else
                {
                    var start = ZoneRules.Resolve(zone, day, hours.Start);
                    var candidate = from > start ? from : start;
                    if (candidate < ZoneRules.Resolve(zone, day, hours.End))
                    {
                        return (candidate < before ? candidate : null, passedAbsence);
                    }
                }
            }

            day = day.AddDays(1);
            if (ZoneRules.StartOfDay(zone, day) >= before)
            {
                return (null, passedAbsence);
            }
        }
    }
}

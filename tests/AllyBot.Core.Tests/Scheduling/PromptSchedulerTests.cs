using AllyBot.Core.Scheduling;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class PromptSchedulerTests
{
    private static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset YearEnd = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly WorkingHours AllDay = new(TimeOnly.MinValue, new TimeOnly(23, 59), Weekdays.All);
    private static readonly WeeklySchedule ThursdayTwoPm = new(Weekdays.Thursday, new TimeOnly(14, 0), "UTC");

    // ---- the weekly prompt at its wall time, in the member's zone ----

    [TestCase("Europe/Berlin", "2026-01-05T00:00:00Z", "2026-01-08T13:00:00Z")] // Thu 14:00 CET (+1)
    [TestCase("Europe/Berlin", "2026-07-01T00:00:00Z", "2026-07-02T12:00:00Z")] // Thu 14:00 CEST (+2)
    [TestCase("America/New_York", "2026-01-05T00:00:00Z", "2026-01-08T19:00:00Z")] // Thu 14:00 EST (−5)
    [TestCase("Asia/Kolkata", "2026-01-05T00:00:00Z", "2026-01-08T08:30:00Z")] // Thu 14:00 IST (+5:30)
    public void Next_ThursdayTwoPm_SendsAtMemberLocalWallTime(string zone, string after, string expected)
    {
        var next = PromptScheduler.Next(ThursdayTwoPm, MemberCalendar.In(zone), Utc(after))!;

        Assert.That(next.At, Is.EqualTo(Utc(expected)));
        Assert.That(next.At.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(next.Placement, Is.EqualTo(PromptPlacement.AtScheduledTime));
    }

    [Test]
    public void Next_MemberWithoutZone_UsesTeamZone()
    {
        var schedule = ThursdayTwoPm with { TimeZoneId = "America/New_York" };

        var next = PromptScheduler.Next(schedule, MemberCalendar.In(null), Utc("2026-01-05T00:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-01-08T19:00")));
    }

    [Test]
    public void Next_MemberZoneDiffersFromTeam_UsesMemberZone()
    {
        var schedule = ThursdayTwoPm with { TimeZoneId = "Europe/Berlin" };

        var next = PromptScheduler.Next(schedule, MemberCalendar.In("Asia/Kolkata"), Utc("2026-01-05T00:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-01-08T08:30")));
    }

    [Test]
    public void Next_AfterIsExactlyAPrompt_ReturnsTheFollowingWeek()
    {
        var next = PromptScheduler.Next(ThursdayTwoPm, MemberCalendar.In("Europe/Berlin"), Utc("2026-01-08T13:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-01-15T13:00")));
        Assert.That(next.Key, Is.EqualTo("2026-W03"));
    }

    [Test]
    public void Next_SeveralDays_KeysCarryTheIsoWeekDay()
    {
        var schedule = new WeeklySchedule(Weekdays.Monday | Weekdays.Thursday, new TimeOnly(10, 0), "UTC");

        var monday = PromptScheduler.Next(schedule, MemberCalendar.In("UTC"), Utc("2026-11-22T00:00"))!;
        var thursday = PromptScheduler.Next(schedule, MemberCalendar.In("UTC"), monday.At)!;

        Assert.That((monday.Key, thursday.Key), Is.EqualTo(("2026-W48-1", "2026-W48-4")));
    }

    // ---- DST gaps and overlaps (members who work Sundays, since clocks change on Sunday nights) ----

    [TestCase("America/New_York", "2026-03-07T12:00", "2026-03-08T07:30")] // 02:30 does not exist; 03:30 EDT (−4)
    [TestCase("Europe/Berlin", "2026-03-28T12:00", "2026-03-29T01:30")] // 02:30 does not exist; 03:30 CEST (+2)
    [TestCase("Australia/Sydney", "2026-10-03T00:00", "2026-10-03T16:30")] // 02:30 does not exist; 03:30 AEDT (+11)
    public void Next_SpringForwardGap_MovesForwardByTheGap(string zone, string after, string expected)
    {
        var schedule = new WeeklySchedule(Weekdays.Sunday, new TimeOnly(2, 30), zone);

        var next = PromptScheduler.Next(schedule, AllDayIn(zone), Utc(after))!;

        Assert.That(next.At, Is.EqualTo(Utc(expected)));
        Assert.That(next.Placement, Is.EqualTo(PromptPlacement.ShiftedByDstGap));
        Assert.That(Local(next.At, zone).Time, Is.EqualTo(new TimeOnly(3, 30)));
    }

    [Test]
    public void Next_ChathamGapOfTheQuarterHourZone_MovesForwardByTheGap()
    {
        // Chatham jumps 02:45 → 03:45 (+12:45 → +13:45) on 2026-09-27; 03:00 becomes 04:00 CHADT = 14:15Z the day before.
        var schedule = new WeeklySchedule(Weekdays.Sunday, new TimeOnly(3, 0), "Pacific/Chatham");

        var next = PromptScheduler.Next(schedule, AllDayIn("Pacific/Chatham"), Utc("2026-09-25T00:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-09-26T14:15")));
    }

    [TestCase("America/New_York", "01:30", "2026-10-31T12:00", "2026-11-01T05:30", "2026-11-08T06:30")] // EDT (−4), then EST (−5)
    [TestCase("Europe/Berlin", "02:30", "2026-10-24T12:00", "2026-10-25T00:30", "2026-11-01T01:30")] // CEST (+2), then CET (+1)
    [TestCase("Pacific/Chatham", "03:00", "2026-04-03T00:00", "2026-04-04T13:15", "2026-04-11T14:15")] // CHADT (+13:45), then CHAST (+12:45)
    public void Next_FallBackOverlap_TakesFirstOccurrenceOnce(string zone, string time, string after, string first, string following)
    {
        var schedule = new WeeklySchedule(Weekdays.Sunday, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone);
        var member = AllDayIn(zone);

        var overlapDay = PromptScheduler.Next(schedule, member, Utc(after))!;
        var nextWeek = PromptScheduler.Next(schedule, member, overlapDay.At)!;

        Assert.That(overlapDay.At, Is.EqualTo(Utc(first)));
        Assert.That(overlapDay.Placement, Is.EqualTo(PromptPlacement.AtScheduledTime));
        Assert.That(nextWeek.At, Is.EqualTo(Utc(following)), "the second occurrence of the repeated hour is not a second prompt");
    }

    [Test]
    public void Next_WeekdayAfterSpringForward_KeepsWallTimeNotUtcTime()
    {
        var member = MemberCalendar.In("America/New_York");
        var schedule = new WeeklySchedule(Weekdays.Monday, new TimeOnly(14, 0), "UTC");

        var before = PromptScheduler.Next(schedule, member, Utc("2026-03-01T00:00"))!;
        var after = PromptScheduler.Next(schedule, member, before.At)!;

        Assert.That((before.At, after.At), Is.EqualTo((Utc("2026-03-02T19:00"), Utc("2026-03-09T18:00"))));
        Assert.That(after.At - before.At, Is.EqualTo(TimeSpan.FromDays(7) - TimeSpan.FromHours(1)));
    }

    // ---- working hours, holidays, away ----

    [Test]
    public void Next_SlotBeforeWorkingHours_MovesToStartOfHoursSameDay()
    {
        var schedule = ThursdayTwoPm with { LocalTime = new TimeOnly(7, 0) };

        var next = PromptScheduler.Next(schedule, MemberCalendar.In("Europe/Berlin"), Utc("2026-01-05T00:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-01-08T08:00")), "Thu 09:00 CET");
        Assert.That(next.Placement, Is.EqualTo(PromptPlacement.MovedToWorkingTime));
    }

    [Test]
    public void Next_SlotAfterWorkingHours_MovesToNextWorkingMorning()
    {
        var schedule = ThursdayTwoPm with { LocalTime = new TimeOnly(18, 0) };

        var next = PromptScheduler.Next(schedule, MemberCalendar.In("Europe/Berlin"), Utc("2026-01-05T00:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-01-09T08:00")), "Fri 09:00 CET");
        Assert.That(next.Key, Is.EqualTo("2026-W02"));
    }

    [Test]
    public void Next_FridayEveningSlot_MovesOverWeekendToMondayForTheSameWeek()
    {
        var schedule = new WeeklySchedule(Weekdays.Friday, new TimeOnly(18, 0), "UTC");
        var member = MemberCalendar.In("Europe/Berlin");

        var first = PromptScheduler.Next(schedule, member, Utc("2026-01-06T00:00"))!;
        var second = PromptScheduler.Next(schedule, member, first.At)!;

        Assert.That(first.At, Is.EqualTo(Utc("2026-01-12T08:00")), "Mon 09:00 CET, never Saturday");
        Assert.That((first.Week.ToString(), first.ScheduledDate), Is.EqualTo(("2026-W02", new DateOnly(2026, 1, 9))));
        Assert.That((second.At, second.Key), Is.EqualTo((Utc("2026-01-19T08:00"), "2026-W03")));
    }

    [Test]
    public void Next_AfterIsBetweenFridaySlotAndMondayDelivery_StillDeliversLastWeeksPrompt()
    {
        var schedule = new WeeklySchedule(Weekdays.Friday, new TimeOnly(18, 0), "UTC");

        var next = PromptScheduler.Next(schedule, MemberCalendar.In("Europe/Berlin"), Utc("2026-01-10T12:00"))!;

        Assert.That((next.At, next.Key), Is.EqualTo((Utc("2026-01-12T08:00"), "2026-W02")));
    }

    [Test]
    public void Next_SaturdaySlotForWeekdayWorker_MovesToMonday()
    {
        var next = PromptScheduler.Next(ThursdayTwoPm with { Days = Weekdays.Saturday }, MemberCalendar.In("Europe/Berlin"), Utc("2026-01-06T00:00"))!;

        Assert.That((next.At, next.Key), Is.EqualTo((Utc("2026-01-12T08:00"), "2026-W02")));
    }

    [Test]
    public void Next_HolidayOnScheduledDay_MovesToNextWorkingDay()
    {
        var member = MemberCalendar.In("Europe/Berlin") with { Holidays = [new Holiday(new DateOnly(2026, 1, 8), "Team day off")] };

        var next = PromptScheduler.Next(ThursdayTwoPm, member, Utc("2026-01-05T00:00"))!;

        Assert.That(next.At, Is.EqualTo(Utc("2026-01-09T08:00")), "Fri 09:00 CET");
        Assert.That((next.Key, next.Placement), Is.EqualTo(("2026-W02", PromptPlacement.MovedToWorkingTime)));
    }

    [Test]
    public void Next_HolidaysThursdayAndFriday_SkipsThatWeekRatherThanAskingNextWeek()
    {
        var member = MemberCalendar.In("Europe/Berlin") with
        {
            Holidays = [new Holiday(new DateOnly(2026, 12, 24), "Christmas Eve"), new Holiday(new DateOnly(2026, 12, 25), "Christmas Day")],
        };

        var next = PromptScheduler.Next(ThursdayTwoPm, member, Utc("2026-12-20T00:00"))!;

        Assert.That((next.At, next.Key), Is.EqualTo((Utc("2026-12-31T13:00"), "2026-W53")));
    }

    [Test]
    public void Next_AwayWeek_SkipsThatWeek()
    {
        var member = MemberCalendar.In("Europe/Berlin") with { AwayPeriods = [new AwayPeriod(new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 11))] };

        var next = PromptScheduler.Next(ThursdayTwoPm, member, Utc("2026-01-05T00:00"))!;

        Assert.That((next.At, next.Key), Is.EqualTo((Utc("2026-01-15T13:00"), "2026-W03")));
    }

    [Test]
    public void Next_DailyWithMondayHoliday_SendsTuesdayOnce()
    {
        var schedule = new WeeklySchedule(Weekdays.MondayToFriday, new TimeOnly(9, 0), "UTC");
        var member = MemberCalendar.In("Europe/Berlin") with { Holidays = [new Holiday(new DateOnly(2026, 1, 12), "Day off")] };

        var first = PromptScheduler.Next(schedule, member, Utc("2026-01-10T00:00"))!;
        var second = PromptScheduler.Next(schedule, member, first.At)!;

        Assert.That((first.At, first.Key), Is.EqualTo((Utc("2026-01-13T08:00"), "2026-W03-2")));
        Assert.That((second.At, second.Key), Is.EqualTo((Utc("2026-01-14T08:00"), "2026-W03-3")));
    }

    [Test]
    public void Next_AwayBeyondHorizon_ReturnsNull()
    {
        var member = MemberCalendar.In("UTC") with { AwayPeriods = [new AwayPeriod(new DateOnly(2025, 12, 1), new DateOnly(2028, 1, 1))] };

        Assert.That(PromptScheduler.Next(ThursdayTwoPm, member, YearStart), Is.Null);
    }

    [Test]
    public void IsWorkingAt_InsideAndOutsideHours()
    {
        var member = MemberCalendar.In("Europe/Berlin");
        Assert.Multiple(() =>
        {
            Assert.That(PromptScheduler.IsWorkingAt(member, "UTC", Utc("2026-01-08T08:00")), Is.True, "Thu 09:00 CET");
            Assert.That(PromptScheduler.IsWorkingAt(member, "UTC", Utc("2026-01-08T07:59")), Is.False, "Thu 08:59 CET");
            Assert.That(PromptScheduler.IsWorkingAt(member, "UTC", Utc("2026-01-08T16:00")), Is.False, "Thu 17:00 CET, end is exclusive");
            Assert.That(PromptScheduler.IsWorkingAt(member, "UTC", Utc("2026-01-10T12:00")), Is.False, "Saturday");
        });
    }

    [Test]
    public void NextWorkingInstant_UnknownTeamZoneForMemberWithout_Throws() =>
        Assert.That(() => PromptScheduler.NextWorkingInstant(MemberCalendar.In(null), "Nowhere/Special", YearStart), Throws.ArgumentException);

    // ---- a whole year on a fake clock, across every DST change ----

    private static readonly string[] Zones = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham"];

    private static readonly Holiday[] YearHolidays =
    [
        new(new DateOnly(2026, 1, 1), "New Year's Day"),      // Thursday: the prompt moves to Friday 09:00
        new(new DateOnly(2026, 11, 26), "Thanksgiving"),      // Thursday: moves to Friday 09:00
        new(new DateOnly(2026, 12, 24), "Christmas Eve"),     // Thursday, and
        new(new DateOnly(2026, 12, 25), "Christmas Day"),     // Friday: no working slot left that week, so none
    ];

    private static readonly AwayPeriod YearAway = new(new DateOnly(2026, 8, 8), new DateOnly(2026, 8, 16)); // all of 2026-W33

    [TestCaseSource(nameof(Zones))]
    public void Next_WholeYearWeeklyThursday_OncePerWeekAtWallTimeInsideWorkingHours(string zone)
    {
        var member = MemberCalendar.In(zone) with { Holidays = YearHolidays, AwayPeriods = [YearAway] };

        var prompts = RunYear(ThursdayTwoPm, member);

        // Expected, derived from the calendar alone: each Thursday of 2026 at 14:00, except
        // holiday → Friday 09:00 (if Friday is not a holiday too), away → none.
        var expected = new List<(DateOnly, TimeOnly)>();
        for (var thursday = new DateOnly(2026, 1, 1); thursday.Year == 2026; thursday = thursday.AddDays(7))
        {
            if (YearAway.Contains(thursday))
            {
                continue;
            }

            var isHoliday = YearHolidays.Any(h => h.Date == thursday);
            if (!isHoliday)
            {
                expected.Add((thursday, new TimeOnly(14, 0)));
            }
            else if (YearHolidays.All(h => h.Date != thursday.AddDays(1)))
            {
                expected.Add((thursday.AddDays(1), new TimeOnly(9, 0)));
            }
        }

        var local = prompts.Select(p => Local(p.At, zone)).ToList();
        Assert.That(local, Is.EqualTo(expected));
        Assert.That(expected, Has.Count.EqualTo(53 - 2), "2026 has 53 ISO weeks; W33 away, W52 all holidays");
        AssertEveryPromptInWorkingTime(prompts, member, zone);
        AssertOncePerWeek(prompts, zone);
        Assert.That(prompts.Select(p => p.Week).Distinct().Count(), Is.EqualTo(51));
    }

    [TestCaseSource(nameof(Zones))]
    public void Next_WholeYearDaily_EveryWorkingDayOnceAtNine(string zone)
    {
        var schedule = new WeeklySchedule(Weekdays.MondayToFriday, new TimeOnly(9, 0), "UTC");
        var member = MemberCalendar.In(zone) with { Holidays = YearHolidays, AwayPeriods = [YearAway] };

        // The UTC year reaches into local 1 January 2027 east of UTC (Sydney, Chatham); compare local 2026.
        var prompts = RunYear(schedule, member).Where(p => p.ScheduledDate.Year == 2026).ToList();

        var expectedDays = new List<DateOnly>();
        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            if (member.IsWorkingDay(day))
            {
                expectedDays.Add(day);
            }
        }

        // 261 weekdays in 2026, minus 4 holidays, minus 5 away weekdays.
        Assert.That(expectedDays, Has.Count.EqualTo(252));
        Assert.That(prompts.Select(p => Local(p.At, zone)).ToList(), Is.EqualTo(expectedDays.Select(d => (d, new TimeOnly(9, 0))).ToList()));
        Assert.That(prompts.Select(p => p.Key).Distinct().Count(), Is.EqualTo(prompts.Count));
        AssertEveryPromptInWorkingTime(prompts, member, zone);
    }

    // A Sunday-night schedule for someone who works every hour, so the slot lands in each DST gap and overlap.
    [TestCase("America/New_York", "02:30", 1, 0)]
    [TestCase("America/New_York", "01:30", 0, 1)]
    [TestCase("Europe/Berlin", "02:30", 1, 1)]
    [TestCase("Australia/Sydney", "02:30", 1, 1)]
    [TestCase("Pacific/Chatham", "03:00", 1, 1)]
    [TestCase("Asia/Kolkata", "02:30", 0, 0)]
    public void Next_WholeYearSundayNight_OncePerWeekThroughEveryGapAndOverlap(string zone, string time, int gaps, int overlaps)
    {
        var wallTime = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        var schedule = new WeeklySchedule(Weekdays.Sunday, wallTime, "UTC");
        var tz = DateTimeZoneProviders.Tzdb[zone];

        var prompts = RunYear(schedule, AllDayIn(zone));

        var sundays = Enumerable.Range(0, 52).Select(i => new DateOnly(2026, 1, 4).AddDays(7 * i)).ToList();
        Assert.That(prompts.Select(p => p.ScheduledDate), Is.EqualTo(sundays), "one prompt for every Sunday, none twice");
        var seenGaps = 0;
        var seenOverlaps = 0;
        foreach (var prompt in prompts)
        {
            var mapping = tz.MapLocal(LocalDate.FromDateOnly(prompt.ScheduledDate).At(LocalTime.FromTimeOnly(wallTime)));
            var (date, localTime) = Local(prompt.At, zone);
            Assert.That(date, Is.EqualTo(prompt.ScheduledDate));
            if (mapping.Count == 0)
            {
                seenGaps++;
                var gap = mapping.LateInterval.WallOffset - mapping.EarlyInterval.WallOffset;
                Assert.That(localTime, Is.EqualTo(wallTime.Add(gap.ToTimeSpan())), $"{date}: moved forward by the gap");
                Assert.That(prompt.Placement, Is.EqualTo(PromptPlacement.ShiftedByDstGap));
            }
            else
            {
                seenOverlaps += mapping.Count == 2 ? 1 : 0;
                Assert.That(Instant.FromDateTimeOffset(prompt.At), Is.EqualTo(mapping.First().ToInstant()), $"{date}: the wall time, first occurrence");
                Assert.That(prompt.Placement, Is.EqualTo(PromptPlacement.AtScheduledTime));
            }
        }

        Assert.That((seenGaps, seenOverlaps), Is.EqualTo((gaps, overlaps)), "the year crossed the expected DST changes");
        AssertOncePerWeek(prompts, zone);
    }

    private static List<ScheduleOccurrence> RunYear(WeeklySchedule schedule, MemberCalendar member)
    {
        var clock = new FakeTimeProvider(YearStart);
        var prompts = new List<ScheduleOccurrence>();
        while (PromptScheduler.Next(schedule, member, clock.GetUtcNow()) is { } next && next.At < YearEnd)
        {
            Assert.That(next.At, Is.GreaterThan(clock.GetUtcNow()));
            clock.SetUtcNow(next.At);
            prompts.Add(next);
        }

        return prompts;
    }

    private static void AssertEveryPromptInWorkingTime(List<ScheduleOccurrence> prompts, MemberCalendar member, string zone)
    {
        foreach (var prompt in prompts)
        {
            var (date, time) = Local(prompt.At, zone);
            Assert.That(member.WorkingHours.Days.Includes(date.DayOfWeek), Is.True, $"{prompt.Key}: {date:dddd} is a working day");
            Assert.That(member.IsAbsent(date), Is.False, $"{prompt.Key}: {date} is not a holiday or away day");
            Assert.That(time, Is.GreaterThanOrEqualTo(member.WorkingHours.Start).And.LessThan(member.WorkingHours.End), $"{prompt.Key}: inside working hours");
        }
    }

    private static void AssertOncePerWeek(List<ScheduleOccurrence> prompts, string zone)
    {
        Assert.That(prompts.Select(p => p.Key).Distinct().Count(), Is.EqualTo(prompts.Count), "keys are unique");
        Assert.That(prompts.Select(p => IsoWeek.Of(Local(p.At, zone).Date)), Is.EqualTo(prompts.Select(p => p.Week)), "sent within the week it is for");
        Assert.That(prompts.Select(p => p.Week), Is.Unique, "at most one per week");
    }

    private static MemberCalendar AllDayIn(string zone) => MemberCalendar.In(zone) with { WorkingHours = AllDay };

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text.EndsWith('Z') ? text : text + "Z", System.Globalization.CultureInfo.InvariantCulture);

    private static (DateOnly Date, TimeOnly Time) Local(DateTimeOffset at, string zone)
    {
        var local = Instant.FromDateTimeOffset(at).InZone(DateTimeZoneProviders.Tzdb[zone]).LocalDateTime;
        return (local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly());
    }
}

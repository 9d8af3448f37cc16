using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class WeeklyScheduleParserTests
{
    [Test]
    public void TryParse_WeeklyThursday_ReturnsThursdayAtTimeInTeamZone()
    {
        Assert.That(WeeklyScheduleParser.TryParse("weekly thu 14:00", "Europe/Berlin", out var schedule, out var error), Is.True, error);
        Assert.That(schedule, Is.EqualTo(new WeeklySchedule(Weekdays.Thursday, new TimeOnly(14, 0), "Europe/Berlin")));
    }

    [Test]
    public void TryParse_DayListWithRange_UnionsDays()
    {
        Assert.That(WeeklyScheduleParser.TryParse("Weekly MON,wed-fri 9:30", "UTC", out var schedule, out var error), Is.True, error);
        Assert.That(schedule!.Days, Is.EqualTo(Weekdays.Monday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday));
        Assert.That(schedule.LocalTime, Is.EqualTo(new TimeOnly(9, 30)));
    }

    [Test]
    public void TryParse_Daily_MeansMondayToFriday()
    {
        Assert.That(WeeklyScheduleParser.TryParse("daily 09:00", "UTC", out var schedule, out var error), Is.True, error);
        Assert.That(schedule!.Days, Is.EqualTo(Weekdays.MondayToFriday));
    }

    [Test]
    public void TryParse_TeamZoneInOtherCase_UsesCanonicalId()
    {
        Assert.That(WeeklyScheduleParser.TryParse("weekly thu 14:00", "america/new_york", out var schedule, out var error), Is.True, error);
        Assert.That(schedule!.TimeZoneId, Is.EqualTo("America/New_York"));
    }

    [TestCase("weekly xyz 14:00", "'xyz' is not a day")]
    [TestCase("weekly thu 25:00", "hour 25")]
    [TestCase("weekly thu 14:60", "minute 60")]
    [TestCase("weekly thu", "time is missing")]
    [TestCase("daily", "time is missing")]
    [TestCase("weekly 14:00", "days are missing")]
    [TestCase("weekly", "days and time are missing")]
    [TestCase("weekly thu 2pm", "'2pm' is not a time")]
    [TestCase("weekly thu 14.00", "is not a time")]
    [TestCase("weekly mon, 10:00", "A day is missing")]
    [TestCase("weekly mon-mon 10:00", "same day")]
    [TestCase("weekly mon-wed-fri 10:00", "not a day range")]
    [TestCase("weekly thu fri 14:00", "not a schedule")]
    [TestCase("monthly 14:00", "not a schedule")]
    [TestCase("", "not a schedule")]
    public void TryParse_Malformed_FailsSayingWhy(string text, string reason)
    {
        Assert.That(WeeklyScheduleParser.TryParse(text, "UTC", out var schedule, out var error), Is.False);
        Assert.That(schedule, Is.Null);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void TryParse_UnknownTeamZone_FailsSayingWhy()
    {
        Assert.That(WeeklyScheduleParser.TryParse("weekly thu 14:00", "Mars/Olympus_Mons", out _, out var error), Is.False);
        Assert.That(error, Does.Contain("'Mars/Olympus_Mons' is not a time zone"));
    }
}

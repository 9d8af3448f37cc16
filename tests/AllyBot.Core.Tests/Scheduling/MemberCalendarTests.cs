using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class MemberCalendarTests
{
    [Test]
    public void Constructor_UnknownZone_ThrowsSayingWhatToType() =>
        Assert.That(() => MemberCalendar.In("Mars/Olympus_Mons"),
            Throws.ArgumentException.With.Message.Contains("'Mars/Olympus_Mons' is not a time zone").And.Message.Contains("Europe/Berlin"));

    [Test]
    public void With_UnknownZone_Throws() =>
        Assert.That(() => MemberCalendar.In("Asia/Kolkata") with { TimeZoneId = "Asia/Calcutta_" }, Throws.ArgumentException);

    [Test]
    public void Constructor_ZoneInOtherCase_KeepsCanonicalId() =>
        Assert.That(MemberCalendar.In("pacific/chatham").TimeZoneId, Is.EqualTo("Pacific/Chatham"));

    [Test]
    public void Constructor_NoZone_LeavesItToTheTeam() =>
        Assert.That(MemberCalendar.In(null).TimeZoneId, Is.Null);

    [Test]
    public void IsWorkingDay_HolidayAwayAndWeekend_AreNot()
    {
        var calendar = MemberCalendar.In("Europe/Berlin") with
        {
            Holidays = [new Holiday(new DateOnly(2026, 5, 1), "Labour Day")],
            AwayPeriods = [new AwayPeriod(new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 13))],
        };

        Assert.Multiple(() =>
        {
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 4, 30)), Is.True, "Thursday");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 5, 1)), Is.False, "holiday");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 5, 2)), Is.False, "Saturday");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 5, 11)), Is.False, "first away day");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 5, 13)), Is.False, "last away day");
            Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 5, 14)), Is.True, "back");
        });
    }
}

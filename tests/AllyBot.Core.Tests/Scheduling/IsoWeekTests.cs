using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class IsoWeekTests
{
    [TestCase(2026, 1, 1, "2026-W01")]   // a Thursday, so week 1 of 2026
    [TestCase(2026, 11, 26, "2026-W48")]
    [TestCase(2027, 1, 1, "2026-W53")]   // a Friday in 2026's last week
    [TestCase(2024, 12, 30, "2025-W01")] // a Monday in 2025's first week
    public void Of_Date_GivesIsoWeek(int year, int month, int day, string expected) =>
        Assert.That(IsoWeek.Of(new DateOnly(year, month, day)).ToString(), Is.EqualTo(expected));

    [Test]
    public void Monday_IsFirstDayOfTheWeek() =>
        Assert.That(new IsoWeek(2026, 48).Monday, Is.EqualTo(new DateOnly(2026, 11, 23)));

    [Test]
    public void CompareTo_AcrossYears_Orders() =>
        Assert.That(new IsoWeek(2026, 53), Is.LessThan(new IsoWeek(2027, 1)));
}

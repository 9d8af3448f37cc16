using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class WeekdaysExtensionsTests
{
    [TestCase(DayOfWeek.Monday, true)]
    [TestCase(DayOfWeek.Friday, true)]
    [TestCase(DayOfWeek.Saturday, false)]
    [TestCase(DayOfWeek.Sunday, false)]
    public void Includes_MondayToFriday_WeekdaysOnly(DayOfWeek day, bool included) =>
        Assert.That(Weekdays.MondayToFriday.Includes(day), Is.EqualTo(included));

    [Test]
    public void ToWeekdays_EveryDay_MakesAll() =>
        Assert.That(Enum.GetValues<DayOfWeek>().Aggregate(Weekdays.None, (all, day) => all | day.ToWeekdays()), Is.EqualTo(Weekdays.All));
}

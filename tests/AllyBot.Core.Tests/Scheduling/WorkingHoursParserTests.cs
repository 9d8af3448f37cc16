using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class WorkingHoursParserTests
{
    [Test]
    public void TryParse_RangeAndDays_ReturnsHours()
    {
        Assert.That(WorkingHoursParser.TryParse("08:30-16:00 mon-thu", out var hours, out var error), Is.True, error);
        Assert.That(hours, Is.EqualTo(new WorkingHours(new TimeOnly(8, 30), new TimeOnly(16, 0), Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday)));
    }

    [Test]
    public void TryParse_NoDays_MeansMondayToFriday()
    {
        Assert.That(WorkingHoursParser.TryParse("09:00-17:00", out var hours, out var error), Is.True, error);
        Assert.That(hours, Is.EqualTo(WorkingHours.Default));
    }

    [Test]
    public void TryParse_RangeWrappingPastSunday_IncludesSundayToThursday()
    {
        Assert.That(WorkingHoursParser.TryParse("08:00-16:00 sun-thu", out var hours, out var error), Is.True, error);
        Assert.That(hours!.Days, Is.EqualTo(Weekdays.Sunday | Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday));
    }

    [TestCase("17:00-09:00", "must end after they start")]
    [TestCase("09:00-09:00", "must end after they start")]
    [TestCase("25:00-17:00", "hour 25")]
    [TestCase("09:00-17:60", "minute 60")]
    [TestCase("09:00-17:00 mon-xyz", "'xyz' is not a day")]
    [TestCase("09:00-17:00 mon-", "A day is missing")]
    [TestCase("09:00-17:00 fri-fri", "same day")]
    [TestCase("09:00-17:00 mon-wed-fri", "not a day range")]
    [TestCase("09:00 mon-fri", "not a time range")]
    [TestCase("9am-5pm", "not a time")]
    [TestCase("", "not working hours")]
    [TestCase("09:00-17:00 mon-fri extra", "not working hours")]
    public void TryParse_Malformed_FailsSayingWhy(string text, string reason)
    {
        Assert.That(WorkingHoursParser.TryParse(text, out var hours, out var error), Is.False);
        Assert.That(hours, Is.Null);
        Assert.That(error, Does.Contain(reason));
    }
}

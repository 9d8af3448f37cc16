using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class WorkingHoursTests
{
    [Test]
    public void Default_IsMondayToFridayNineToFive() =>
        Assert.That(WorkingHours.Default, Is.EqualTo(new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), Weekdays.MondayToFriday)));

    [Test]
    public void Constructor_EndNotAfterStart_Throws() =>
        Assert.That(() => new WorkingHours(new TimeOnly(17, 0), new TimeOnly(9, 0), Weekdays.MondayToFriday),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("must end after they start"));

    [Test]
    public void With_EndBeforeStart_Throws() =>
        Assert.That(() => WorkingHours.Default with { End = new TimeOnly(8, 0) }, Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Constructor_NoDays_Throws() =>
        Assert.That(() => new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), Weekdays.None), Throws.TypeOf<ArgumentOutOfRangeException>());
}

using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class WeeklyScheduleTests
{
    [Test]
    public void CreditDefault_IsThursdayAtTwoPm() =>
        Assert.That(WeeklySchedule.CreditDefault("Europe/Berlin"), Is.EqualTo(new WeeklySchedule(Weekdays.Thursday, new TimeOnly(14, 0), "Europe/Berlin")));

    [Test]
    public void Constructor_UnknownZone_ThrowsSayingWhy() =>
        Assert.That(() => new WeeklySchedule(Weekdays.Thursday, new TimeOnly(14, 0), "Europe/Atlantis"),
            Throws.ArgumentException.With.Message.Contains("'Europe/Atlantis' is not a time zone"));

    [Test]
    public void Constructor_NoDays_Throws() =>
        Assert.That(() => new WeeklySchedule(Weekdays.None, new TimeOnly(14, 0), "UTC"), Throws.TypeOf<ArgumentOutOfRangeException>());
}

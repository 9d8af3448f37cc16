using AllyBot.Core.Dialogs;

namespace AllyBot.Core.Tests.Dialogs;

public sealed class TeamClockTests
{
    [TestCase("UTC", "2026-11-25T12:00:00Z", "2026-11-27T10:00:00Z", "2026-W48")]
    [TestCase("Europe/Berlin", "2026-11-25T12:00:00Z", "2026-11-27T09:00:00Z", "2026-W48")]
    [TestCase("Pacific/Auckland", "2026-11-29T12:00:00Z", "2026-12-03T21:00:00Z", "2026-W49")] // already Monday in Auckland
    public void InWeekOf_FridayTen_InTheTeamZonesWeek(string zone, string now, string expected, string week)
    {
        var (at, isoWeek) = TeamClock.InWeekOf(zone, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Friday, new TimeOnly(10, 0));

        Assert.That(at, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(isoWeek.ToString(), Is.EqualTo(week));
    }
}

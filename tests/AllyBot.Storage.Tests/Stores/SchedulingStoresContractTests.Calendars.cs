using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.IMemberCalendarStore"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task CalendarGet_NeverSaved_ReturnsDefault()
    {
        AssertSameCalendar(await _stores.Calendars.GetAsync(Alice), MemberCalendarSettings.Default);
    }

    [Test]
    public async Task CalendarSave_ThenGet_ReturnsEveryField()
    {
        var settings = new MemberCalendarSettings(
            "America/New_York",
            new WorkingHours(new TimeOnly(7, 30), new TimeOnly(15, 45), Weekdays.Monday | Weekdays.Tuesday | Weekdays.Saturday),
            [new AwayPeriod(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13)), new AwayPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1))]);

        await _stores.Calendars.SaveAsync(Alice, settings);

        using (Assert.EnterMultipleScope())
        {
            AssertSameCalendar(await _stores.Calendars.GetAsync(Alice), settings);
            AssertSameCalendar(await _stores.Calendars.GetAsync(AliceElsewhere), MemberCalendarSettings.Default);
        }
    }

    [Test]
    public async Task CalendarSave_Twice_LastSaveWins()
    {
        await _stores.Calendars.SaveAsync(Alice, new MemberCalendarSettings("Europe/Paris", WorkingHours.Default, [new AwayPeriod(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 9))]));
        var second = new MemberCalendarSettings(null, null, []);

        await _stores.Calendars.SaveAsync(Alice, second);

        AssertSameCalendar(await _stores.Calendars.GetAsync(Alice), second);
    }

    [Test]
    public async Task CalendarErase_Member_DeletesTheirSettingsOnlyAndKeepsHolidays()
    {
        var settings = new MemberCalendarSettings("Europe/Paris", null, []);
        await _stores.Calendars.SaveAsync(Alice, settings);
        await _stores.Calendars.SaveAsync(Bob, settings);
        await _stores.Calendars.SaveAsync(AliceElsewhere, settings);
        await _stores.Calendars.AddHolidayAsync("T1", new Holiday(new DateOnly(2026, 12, 25), "Christmas"));

        await _stores.Calendars.EraseAsync(Alice);

        using (Assert.EnterMultipleScope())
        {
            AssertSameCalendar(await _stores.Calendars.GetAsync(Alice), MemberCalendarSettings.Default);
            AssertSameCalendar(await _stores.Calendars.GetAsync(Bob), settings);
            AssertSameCalendar(await _stores.Calendars.GetAsync(AliceElsewhere), settings);
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T1"), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task HolidayAdd_SeveralWorkspaces_EachListedByDate()
    {
        var christmas = new Holiday(new DateOnly(2026, 12, 25), "Christmas");
        var newYear = new Holiday(new DateOnly(2026, 1, 1), "New Year");
        var other = new Holiday(new DateOnly(2026, 5, 1), "Labour Day");

        var added = new[]
        {
            await _stores.Calendars.AddHolidayAsync("T1", christmas),
            await _stores.Calendars.AddHolidayAsync("T1", newYear),
            await _stores.Calendars.AddHolidayAsync("T2", other),
        };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.All.True);
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T1"), Is.EqualTo(new[] { newYear, christmas }));
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T2"), Is.EqualTo(new[] { other }));
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T3"), Is.Empty);
        }
    }

    [Test]
    public async Task HolidayAdd_SameDateTwice_SecondFalseAndFirstKept()
    {
        var christmas = new Holiday(new DateOnly(2026, 12, 25), "Christmas");
        await _stores.Calendars.AddHolidayAsync("T1", christmas);

        var again = await _stores.Calendars.AddHolidayAsync("T1", christmas with { Name = "Xmas" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.False);
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T1"), Is.EqualTo(new[] { christmas }));
        }
    }

    [Test]
    public async Task HolidayRemove_ExistingAndMissing_TrueOnlyForExisting()
    {
        var christmas = new Holiday(new DateOnly(2026, 12, 25), "Christmas");
        await _stores.Calendars.AddHolidayAsync("T1", christmas);
        await _stores.Calendars.AddHolidayAsync("T2", christmas);

        var removed = await _stores.Calendars.RemoveHolidayAsync("T1", christmas.Date);
        var removedAgain = await _stores.Calendars.RemoveHolidayAsync("T1", christmas.Date);
        var neverThere = await _stores.Calendars.RemoveHolidayAsync("T3", christmas.Date);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.True);
            Assert.That(removedAgain, Is.False);
            Assert.That(neverThere, Is.False);
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T1"), Is.Empty);
            Assert.That(await _stores.Calendars.GetHolidaysAsync("T2"), Is.EqualTo(new[] { christmas }));
        }
    }

    private static void AssertSameCalendar(MemberCalendarSettings actual, MemberCalendarSettings expected)
    {
        Assert.That(actual with { AwayPeriods = expected.AwayPeriods }, Is.EqualTo(expected));
        Assert.That(actual.AwayPeriods, Is.EqualTo(expected.AwayPeriods));
    }
}

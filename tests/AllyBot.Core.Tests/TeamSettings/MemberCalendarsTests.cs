using AllyBot.Core.Scheduling;
using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.TeamSettings;

public sealed class MemberCalendarsTests
{
    private readonly DialogScript _script = new();

    [Test]
    public async Task Load_NothingSet_PlatformZoneDefaultHours()
    {
        var calendar = await _script.Calendars.LoadAsync(_script.Key("U1"), "America/Chicago");

        Assert.That((calendar.TimeZoneId, calendar.WorkingHours), Is.EqualTo(("America/Chicago", WorkingHours.Default)));
    }

    [Test]
    public async Task Load_OwnZoneSet_BeatsThePlatformZone()
    {
        await _script.CalendarStore.SaveAsync(_script.Key("U1"), MemberCalendarSettings.Default with { TimeZoneId = "Asia/Tokyo" });

        Assert.That((await _script.Calendars.LoadAsync(_script.Key("U1"), "America/Chicago")).TimeZoneId, Is.EqualTo("Asia/Tokyo"));
    }

    [Test]
    public async Task Load_UnknownPlatformZone_FallsBackToTheTeamZone() =>
        Assert.That((await _script.Calendars.LoadAsync(_script.Key("U1"), "Nowhere/Special")).TimeZoneId, Is.Null);

    [Test]
    public async Task Load_WorkspaceHolidays_Included()
    {
        await _script.CalendarStore.AddHolidayAsync(DialogScript.Workspace, new Holiday(new DateOnly(2026, 12, 24), "Christmas Eve"));

        Assert.That((await _script.Calendars.LoadAsync(_script.Key("U1"), null)).IsAbsent(new DateOnly(2026, 12, 24)), Is.True);
    }
}

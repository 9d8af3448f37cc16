using AllyBot.Core.Scheduling;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class ScheduleCommandTests
{
    private readonly DialogScript _script = new();

    private async Task<WeeklySchedule?> ScheduleAsync() => (await _script.Teams.GetAsync(DialogScript.Channel())).CreditSchedule;

    [Test]
    public async Task Schedule_WeeklyThursday_SavedAndExplained()
    {
        var answer = await _script.AllyAsync("U1", "schedule credit weekly thu 14:00");

        Assert.That(answer, Does.StartWith("Done: in <#C1>, the \"Credit someone\" dialog runs Thursday at 14:00 in each member's own time zone"));
        Assert.That(await ScheduleAsync(), Is.EqualTo(new WeeklySchedule(Weekdays.Thursday, new TimeOnly(14, 0), "UTC")));
    }

    [Test]
    public async Task Schedule_WithZone_UsesItAsTheTeamZone()
    {
        Assert.That(await _script.AllyAsync("U1", "schedule credit weekly mon,thu 09:30 europe/berlin"), Does.Contain("Monday and Thursday at 09:30").And.Contain("Europe/Berlin"));
        Assert.That((await ScheduleAsync())!.TimeZoneId, Is.EqualTo("Europe/Berlin"));
    }

    [Test]
    public async Task Schedule_CallerHasAZone_ItIsTheDefaultTeamZone()
    {
        await _script.AllyAsync("U1", "tz America/Chicago");

        await _script.AllyAsync("U1", "schedule credit daily 10:00");

        Assert.That(await ScheduleAsync(), Is.EqualTo(new WeeklySchedule(Weekdays.MondayToFriday, new TimeOnly(10, 0), "America/Chicago")));
    }

    [TestCase("schedule credit weekly thu 25:00", "hour 25")]
    [TestCase("schedule credit weekly thu 14:75", "minute 75")]
    [TestCase("schedule credit weekly thu 14:00 Mars/Olympus", "not a time zone")]
    [TestCase("schedule credit weekly 14:00", "days are missing")]
    [TestCase("schedule credit weekly thu", "time is missing")]
    [TestCase("schedule credit weekly thurs-thu 14:00", "same day")]
    [TestCase("schedule credit fortnightly thu 14:00", "not a schedule")]
    [TestCase("schedule pulse weekly thu 14:00", "credit dialog only")]
    public async Task Schedule_BadInput_ClearErrorNothingSaved(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(await ScheduleAsync(), Is.Null);
    }

    [Test]
    public async Task Schedule_Off_Removes()
    {
        await _script.AllyAsync("U1", "schedule credit weekly thu 14:00");

        Assert.That(await _script.AllyAsync("U1", "schedule off"), Does.StartWith("The credit dialog is off in <#C1>"));
        Assert.That(await ScheduleAsync(), Is.Null);
    }

    [Test]
    public async Task Schedule_NoArguments_ShowsIt()
    {
        Assert.That(await _script.AllyAsync("U1", "schedule"), Does.StartWith("The credit dialog is off"));
        await _script.AllyAsync("U1", "schedule credit weekly thu 14:00");
        Assert.That(await _script.AllyAsync("U2", "schedule"), Does.StartWith("In <#C1>, the \"Credit someone\" dialog runs Thursday at 14:00"));
    }

    [Test]
    public async Task Schedule_NotAFacilitator_Denied()
    {
        _script.SetRoster("C1", "U1", "U2");
        await _script.AllyAsync("U1", "facilitator add <@U1>");

        Assert.That(await _script.AllyAsync("U2", "schedule credit weekly thu 14:00"), Does.StartWith("Only the facilitators of <#C1> can change that: <@U1>"));
        Assert.That(await _script.AllyAsync("U2", "schedule off"), Does.StartWith("Only the facilitators"));
        Assert.That(await ScheduleAsync(), Is.Null);
    }
}

using AllyBot.Core.Scheduling;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class HoursCommandTests
{
    private readonly DialogScript _script = new();

    private async Task<WorkingHours?> HoursAsync() => (await _script.CalendarStore.GetAsync(_script.Key("U1"))).WorkingHours;

    [Test]
    public async Task Hours_RangeAndDays_Saved()
    {
        Assert.That(await _script.AllyAsync("U1", "hours 09:00-17:00 mon-fri"), Is.EqualTo("Done: AllyBot only messages you Monday to Friday, 09:00 to 17:00, your local time."));
        Assert.That(await HoursAsync(), Is.EqualTo(WorkingHours.Default));
    }

    [Test]
    public async Task Hours_PartTime_Saved()
    {
        Assert.That(await _script.AllyAsync("U1", "hours 08:00-14:00 mon,wed,fri"), Does.Contain("Monday, Wednesday and Friday, 08:00 to 14:00"));
    }

    [TestCase("hours 09:00-25:00", "hour 25")]
    [TestCase("hours 17:00-09:00", "must end after they start")]
    [TestCase("hours 9-5", "not a time")]
    [TestCase("hours 09:00-17:00 weekdays", "'weekdays' is not a day")]
    [TestCase("hours all day", "'all' is not a time range")]
    [TestCase("hours 09:00-17:00 mon-fri please", "is not working hours")]
    public async Task Hours_BadInput_ClearErrorNothingSaved(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(await HoursAsync(), Is.Null);
    }

    [Test]
    public async Task Hours_NoArguments_ShowsDefault() =>
        Assert.That(await _script.AllyAsync("U1", "hours"), Does.StartWith("Your working hours: Monday to Friday, 09:00 to 17:00 (the default)"));
}

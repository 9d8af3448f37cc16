using AllyBot.Core.Scheduling;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class HolidaysCommandTests
{
    private readonly DialogScript _script = new();

    private Task<IReadOnlyList<Holiday>> HolidaysAsync() => _script.CalendarStore.GetHolidaysAsync(DialogScript.Workspace);

    [Test]
    public async Task Holidays_Add_SavedForTheWorkspace()
    {
        Assert.That(await _script.AllyAsync("U1", "holidays add 2026-12-24 Christmas Eve"), Is.EqualTo("Added Christmas Eve on 2026-12-24 (Thursday): no one in this workspace is prompted that day."));
        Assert.That(await HolidaysAsync(), Is.EqualTo(new[] { new Holiday(new DateOnly(2026, 12, 24), "Christmas Eve") }));
    }

    [Test]
    public async Task Holidays_AddWithoutName_Holiday()
    {
        await _script.AllyAsync("U1", "holidays add 2026-12-31");

        Assert.That((await HolidaysAsync()).Single().Name, Is.EqualTo("Holiday"));
    }

    [TestCase("holidays add 2026-02-30", "'2026-02-30' is not a date")]
    [TestCase("holidays add 24/12/2026", "'24/12/2026' is not a date")]
    [TestCase("holidays add tomorrow", "Use YYYY-MM-DD")]
    [TestCase("holidays add", "Use `/ally holidays add 2026-12-24")]
    [TestCase("holidays delete 2026-12-24", "Use `/ally holidays add 2026-12-24")]
    public async Task Holidays_BadInput_ClearError(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(await HolidaysAsync(), Is.Empty);
    }

    [Test]
    public async Task Holidays_AddSameDateTwice_SaysSo()
    {
        await _script.AllyAsync("U1", "holidays add 2026-12-24");

        Assert.That(await _script.AllyAsync("U1", "holidays add 2026-12-24 Again"), Does.StartWith("There is already a holiday"));
    }

    [Test]
    public async Task Holidays_Remove_RemovesOrSaysThereWasNone()
    {
        await _script.AllyAsync("U1", "holidays add 2026-12-24");

        Assert.That(await _script.AllyAsync("U1", "holidays remove 2026-12-24"), Does.StartWith("Removed"));
        Assert.That(await _script.AllyAsync("U1", "holidays remove 2026-12-24"), Does.StartWith("There is no holiday"));
    }

    [Test]
    public async Task Holidays_List_InDateOrder()
    {
        await _script.AllyAsync("U1", "holidays add 2026-12-31 New Year's Eve");
        await _script.AllyAsync("U1", "holidays add 2026-12-24 Christmas Eve");

        Assert.That(await _script.AllyAsync("U2", "holidays"), Is.EqualTo("Holidays in this workspace:\n• 2026-12-24 Christmas Eve\n• 2026-12-31 New Year's Eve"));
    }

    [Test]
    public async Task Holidays_NotAFacilitatorWhereTyped_Denied()
    {
        _script.SetRoster("C1", "U1", "U2");
        await _script.AllyAsync("U1", "facilitator add <@U1>");

        Assert.That(await _script.AllyAsync("U2", "holidays add 2026-12-24"), Does.StartWith("Only the facilitators"));
        Assert.That(await HolidaysAsync(), Is.Empty);
    }
}

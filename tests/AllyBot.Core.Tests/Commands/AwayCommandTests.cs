using AllyBot.Core.Scheduling;
using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class AwayCommandTests
{
    private readonly DialogScript _script = new();

    private async Task<IReadOnlyList<AwayPeriod>> AwayAsync() => (await _script.CalendarStore.GetAsync(_script.Key("U1"))).AwayPeriods;

    [Test]
    public async Task Away_FromTo_Saved()
    {
        Assert.That(await _script.AllyAsync("U1", "away 2026-12-21 2027-01-01"), Does.StartWith("Noted: you're away from 2026-12-21 to 2027-01-01"));
        Assert.That(await AwayAsync(), Is.EqualTo(new[] { new AwayPeriod(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 1)) }));
    }

    [Test]
    public async Task Away_OneDay_FromIsTo()
    {
        Assert.That(await _script.AllyAsync("U1", "away 2026-11-27"), Does.Contain("away on 2026-11-27"));
    }

    [TestCase("away 2026-12-10 2026-12-01", "The first day (2026-12-10) is after the last (2026-12-01)")]
    [TestCase("away 2026-12-01 2026-13-01", "'2026-13-01' is not a date")]
    [TestCase("away next week", "'next' is not a date")]
    [TestCase("away 2026-11-01 2026-11-20", "ended on 2026-11-20, before today")]
    [TestCase("away 2026-12-01 2028-01-01", "longer than 366 days")]
    [TestCase("away 2026-12-01 2026-12-02 2026-12-03", "Use `/ally away")]
    public async Task Away_BadInput_ClearErrorNothingSaved(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(await AwayAsync(), Is.Empty);
    }

    [Test]
    public async Task Away_ClearAndShow()
    {
        await _script.AllyAsync("U1", "away 2026-12-21 2027-01-01");
        Assert.That(await _script.AllyAsync("U1", "away"), Is.EqualTo("You're away from 2026-12-21 to 2027-01-01."));

        Assert.That(await _script.AllyAsync("U1", "away clear"), Does.StartWith("Cleared"));
        Assert.That(await AwayAsync(), Is.Empty);
        Assert.That(await _script.AllyAsync("U1", "away"), Does.StartWith("You have no away days coming up"));
    }

    [Test]
    public async Task Away_PastPeriods_DroppedWhenAddingAnother()
    {
        await _script.AllyAsync("U1", "away 2026-11-23 2026-11-24");
        _script.Clock.Advance(TimeSpan.FromDays(3));

        await _script.AllyAsync("U1", "away 2026-12-01");

        Assert.That((await AwayAsync()).Select(a => a.From), Is.EqualTo(new[] { new DateOnly(2026, 12, 1) }));
    }
}

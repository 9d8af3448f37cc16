using AllyBot.Core.Tests.Dialogs;

namespace AllyBot.Core.Tests.Commands;

public sealed class TzCommandTests
{
    private readonly DialogScript _script = new();

    private async Task<string?> ZoneAsync() => (await _script.CalendarStore.GetAsync(_script.Key("U1"))).TimeZoneId;

    [Test]
    public async Task Tz_KnownZoneAnyCase_SavedCanonical()
    {
        Assert.That(await _script.AllyAsync("U1", "tz america/new_york"), Does.StartWith("Done: your time zone is America/New_York."));
        Assert.That(await ZoneAsync(), Is.EqualTo("America/New_York"));
    }

    [TestCase("tz Mars/Olympus", "'Mars/Olympus' is not a time zone AllyBot knows")]
    [TestCase("tz CEST+2", "is not a time zone")]
    public async Task Tz_UnknownZone_ClearErrorNothingSaved(string text, string expected)
    {
        Assert.That(await _script.AllyAsync("U1", text), Does.Contain(expected));
        Assert.That(await ZoneAsync(), Is.Null);
    }

    [Test]
    public async Task Tz_ShowAndClear()
    {
        Assert.That(await _script.AllyAsync("U1", "tz"), Does.StartWith("You haven't set a time zone"));
        await _script.AllyAsync("U1", "tz Asia/Kolkata");
        Assert.That(await _script.AllyAsync("U1", "tz"), Does.StartWith("Your time zone is Asia/Kolkata."));

        Assert.That(await _script.AllyAsync("U1", "tz clear"), Does.StartWith("Cleared"));
        Assert.That(await ZoneAsync(), Is.Null);
    }
}

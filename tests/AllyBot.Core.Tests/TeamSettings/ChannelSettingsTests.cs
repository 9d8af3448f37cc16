using AllyBot.Core.Scheduling;
using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.TeamSettings;

public sealed class ChannelSettingsTests
{
    [Test]
    public void Channel_WithThread_ThreadDropped() =>
        Assert.That(ChannelSettings.Default(DialogScript.Channel() with { ThreadId = "t1" }).Channel, Is.EqualTo(DialogScript.Channel()));

    [Test]
    public void TeamTimeZoneId_FromScheduleElseUtc()
    {
        var settings = ChannelSettings.Default(DialogScript.Channel());

        Assert.That(settings.TeamTimeZoneId, Is.EqualTo("UTC"));
        Assert.That((settings with { CreditSchedule = WeeklySchedule.CreditDefault("Europe/Paris") }).TeamTimeZoneId, Is.EqualTo("Europe/Paris"));
    }
}

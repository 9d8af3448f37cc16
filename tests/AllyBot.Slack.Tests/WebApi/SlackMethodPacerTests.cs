using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.WebApi;

public sealed class SlackMethodPacerTests
{
    private readonly FakeTimeProvider _clock = new();

    [Test]
    public void Reserve_WithinBurst_GoesAtOnce()
    {
        var pacer = new SlackMethodPacer(_clock);

        var waits = Enumerable.Range(0, SlackMethodTier.Tier3.Burst).Select(_ => pacer.Reserve("T1|chat.update", SlackMethodTier.Tier3)).ToList();

        Assert.That(waits, Is.All.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Reserve_BeyondBurst_WaitsOneIntervalPerCall()
    {
        var pacer = new SlackMethodPacer(_clock);
        for (var i = 0; i < SlackMethodTier.Tier3.Burst; i++)
        {
            pacer.Reserve("T1|chat.update", SlackMethodTier.Tier3);
        }

        Assert.That(pacer.Reserve("T1|chat.update", SlackMethodTier.Tier3), Is.EqualTo(SlackMethodTier.Tier3.Interval));
        Assert.That(pacer.Reserve("T1|chat.update", SlackMethodTier.Tier3), Is.EqualTo(SlackMethodTier.Tier3.Interval * 2));
    }

    [Test]
    public void Reserve_OtherWorkspace_NotSlowedDown()
    {
        var pacer = new SlackMethodPacer(_clock);
        for (var i = 0; i < 20; i++)
        {
            pacer.Reserve("T1|chat.update", SlackMethodTier.Tier3);
        }

        Assert.That(pacer.Reserve("T2|chat.update", SlackMethodTier.Tier3), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Reserve_AfterQuietPeriod_BurstAvailableAgain()
    {
        var pacer = new SlackMethodPacer(_clock);
        for (var i = 0; i < 20; i++)
        {
            pacer.Reserve("T1|users.info", SlackMethodTier.Tier4);
        }

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(pacer.Reserve("T1|users.info", SlackMethodTier.Tier4), Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase("chat.postEphemeral", 100)]
    [TestCase("chat.postMessage", 60)]
    [TestCase("chat.update", 50)]
    [TestCase("apps.connections.open", 1)]
    [TestCase("some.future.method", 50)]
    public void For_Method_HasItsTier(string method, int perMinute)
    {
        Assert.That(SlackMethodTier.For(method).PerMinute, Is.EqualTo(perMinute));
    }
}

using AllyBot.Host.Inbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Host.Tests.Inbox;

public sealed class IngestPressureTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly IngestPressure _pressure;

    public IngestPressureTests() =>
        _pressure = new IngestPressure(_clock, Options.Create(new InboxWorkerOptions { BurstArrivalsPerSecond = 200 }));

    [Test]
    public void IsBursting_NothingArrived_IsFalse() =>
        Assert.That(_pressure.IsBursting, Is.False);

    [Test]
    public void IsBursting_ArrivalsAboveTheRateWithinAWindow_IsTrue()
    {
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        _pressure.Record(120); // 120 in 0.35 s of counted time: about 340/s

        Assert.That(_pressure.IsBursting, Is.True);
    }

    [Test]
    public void IsBursting_ArrivalsBelowTheRate_IsFalse()
    {
        _pressure.Record(10);
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        _pressure.Record(10);

        Assert.That(_pressure.ArrivalsPerSecond, Is.LessThan(200));
        Assert.That(_pressure.IsBursting, Is.False);
    }

    [Test]
    public void IsBursting_BurstEndedTwoWindowsAgo_IsFalseAgain()
    {
        _pressure.Record(1_000);
        Assert.That(_pressure.IsBursting, Is.True);

        _clock.Advance(IngestPressure.Window * 2);

        Assert.That(_pressure.IsBursting, Is.False);
    }

    [Test]
    public void ArrivalsPerSecond_OneWindowLater_StillCountsThePreviousWindow()
    {
        _pressure.Record(100);
        _clock.Advance(IngestPressure.Window + TimeSpan.FromMilliseconds(10));

        // 100 arrivals over the previous full window (250 ms) plus the 10 ms of the current one.
        Assert.That(_pressure.ArrivalsPerSecond, Is.EqualTo(100 / 0.26).Within(0.5));
    }
}

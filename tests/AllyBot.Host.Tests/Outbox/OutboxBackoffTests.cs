using AllyBot.Host.Outbox;

namespace AllyBot.Host.Tests.Outbox;

public sealed class OutboxBackoffTests
{
    private static readonly OutboxOptions Options = new() { BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromMinutes(1) };

    [TestCase(1, 0.0, 2.5)]
    [TestCase(1, 0.999999, 5.0)]
    [TestCase(3, 0.0, 10.0)]
    [TestCase(3, 0.5, 15.0)]
    [TestCase(10, 0.999999, 60.0)]
    [TestCase(40, 0.0, 30.0)]
    public void Delay_NthFailure_DoublesWithJitterUpToTheCap(int failures, double random, double expectedSeconds) =>
        Assert.That(OutboxBackoff.Delay(failures, Options, null, random).TotalSeconds, Is.EqualTo(expectedSeconds).Within(0.001));

    [Test]
    public void Delay_RetryAfterLongerThanBackoff_WaitsRetryAfter() =>
        Assert.That(OutboxBackoff.Delay(1, Options, TimeSpan.FromMinutes(3), 0.5), Is.EqualTo(TimeSpan.FromMinutes(3)));

    [Test]
    public void Delay_RetryAfterShorterThanBackoff_KeepsBackoff() =>
        Assert.That(OutboxBackoff.Delay(3, Options, TimeSpan.FromSeconds(1), 0.0), Is.EqualTo(TimeSpan.FromSeconds(10)));

    [Test]
    public void Delay_ZeroFailures_Throws() =>
        Assert.That(() => OutboxBackoff.Delay(0, Options, null, 0.5), Throws.InstanceOf<ArgumentOutOfRangeException>());
}

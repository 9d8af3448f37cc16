using AllyBot.Host.Inbox;

namespace AllyBot.Host.Tests.Inbox;

public sealed class InboxWorkerBurstPauseTests
{
    [TestCase(20, 0.2, 80)]
    [TestCase(30, 0.5, 30)]
    [TestCase(10, 0.1, 90)]
    public void BurstPause_Share_LeavesProcessingThatShareOfTheTime(int busyMs, double share, int expectedPauseMs) =>
        Assert.That(InboxWorker.BurstPause(TimeSpan.FromMilliseconds(busyMs), share).TotalMilliseconds, Is.EqualTo(expectedPauseMs).Within(0.001));

    [Test]
    public void BurstPause_ShareOne_NoPause() =>
        Assert.That(InboxWorker.BurstPause(TimeSpan.FromMilliseconds(50), 1), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void BurstPause_LongBatch_CappedSoProcessingNeverStallsForLong() =>
        Assert.That(InboxWorker.BurstPause(TimeSpan.FromSeconds(3), 0.2), Is.EqualTo(InboxWorker.MaxBurstPause));
}

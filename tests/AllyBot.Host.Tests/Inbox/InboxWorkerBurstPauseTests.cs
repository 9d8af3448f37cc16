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

    [TestCase(0)]
    [TestCase(15)]
    [TestCase(30)]
    public void BurstShare_BacklogWaitedUpToHalfTheMaxLag_IsTheFreshShare(int waitedSeconds) =>
        Assert.That(InboxWorker.BurstShare(TimeSpan.FromSeconds(waitedSeconds), 0.05, TimeSpan.FromMinutes(1)), Is.EqualTo(0.05));

    [TestCase(36, 0.24)]
    [TestCase(45, 0.525)]
    [TestCase(54, 0.81)]
    public void BurstShare_BacklogWaitedBeyondHalfTheMaxLag_RisesInProportionTowardsAllTheTime(int waitedSeconds, double expected) =>
        Assert.That(InboxWorker.BurstShare(TimeSpan.FromSeconds(waitedSeconds), 0.05, TimeSpan.FromMinutes(1)), Is.EqualTo(expected).Within(1e-9));

    [TestCase(60)]
    [TestCase(600)]
    public void BurstShare_BacklogWaitedTheMaxLagOrLonger_StopsYielding(int waitedSeconds) =>
        Assert.That(InboxWorker.BurstPause(TimeSpan.FromMilliseconds(50), InboxWorker.BurstShare(TimeSpan.FromSeconds(waitedSeconds), 0.05, TimeSpan.FromMinutes(1))), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void BurstShare_ClockStepsBackBeforeTheDueTime_IsTheFreshShare() =>
        Assert.That(InboxWorker.BurstShare(TimeSpan.FromSeconds(-3), 0.05, TimeSpan.FromMinutes(1)), Is.EqualTo(0.05));
}

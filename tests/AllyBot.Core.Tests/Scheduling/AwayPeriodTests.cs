using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class AwayPeriodTests
{
    private static readonly AwayPeriod Week = new(new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 14));

    [TestCase(9, false)]
    [TestCase(10, true)]
    [TestCase(12, true)]
    [TestCase(14, true)]
    [TestCase(15, false)]
    public void Contains_BothEndsInclusive(int day, bool away) =>
        Assert.That(Week.Contains(new DateOnly(2026, 8, day)), Is.EqualTo(away));

    [Test]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.That(() => new AwayPeriod(new DateOnly(2026, 8, 14), new DateOnly(2026, 8, 10)), Throws.TypeOf<ArgumentOutOfRangeException>());
}

using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Tests.Scheduling;

public sealed class TimeZoneIdsTests
{
    [TestCase("Europe/Berlin", "Europe/Berlin")]
    [TestCase(" asia/kolkata ", "Asia/Kolkata")]
    [TestCase("UTC", "UTC")]
    public void TryResolve_KnownId_ReturnsCanonicalId(string text, string expected)
    {
        Assert.That(TimeZoneIds.TryResolve(text, out var zoneId, out var error), Is.True, error);
        Assert.That(zoneId, Is.EqualTo(expected));
    }

    [TestCase("Europe/Atlantis", "'Europe/Atlantis' is not a time zone")]
    [TestCase("CEST", "'CEST' is not a time zone")]
    [TestCase("", "time zone is missing")]
    [TestCase(null, "time zone is missing")]
    public void TryResolve_Unknown_FailsSayingWhy(string? text, string reason)
    {
        Assert.That(TimeZoneIds.TryResolve(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void DatabaseVersion_NamesTheTzdbRelease() =>
        Assert.That(TimeZoneIds.DatabaseVersion, Does.Match(@"20\d\d[a-z]"));
}

using AllyBot.Core.Commands;

namespace AllyBot.Core.Tests.Commands;

public sealed class DurationParserTests
{
    [TestCase("30m", 30)]
    [TestCase("2h", 120)]
    [TestCase("2 hours", 120)]
    [TestCase("1d", 1440)]
    [TestCase("1W", 10080)]
    public void TryParse_KnownUnit_ReturnsMinutes(string text, int minutes)
    {
        Assert.That(DurationParser.TryParse(text, out var duration, out _), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromMinutes(minutes)));
    }

    [TestCase("")]
    [TestCase("h")]
    [TestCase("5")]
    [TestCase("5y")]
    [TestCase("-5h")]
    [TestCase("9999999h")]
    public void TryParse_Malformed_Fails(string text) =>
        Assert.That(DurationParser.TryParse(text, out _, out var error), Is.False, error);
}

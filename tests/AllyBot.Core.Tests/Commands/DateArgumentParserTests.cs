using AllyBot.Core.Commands;

namespace AllyBot.Core.Tests.Commands;

public sealed class DateArgumentParserTests
{
    [Test]
    public void TryParse_IsoDate_Parses()
    {
        Assert.That(DateArgumentParser.TryParse("2026-12-24", out var date, out _), Is.True);
        Assert.That(date, Is.EqualTo(new DateOnly(2026, 12, 24)));
    }

    [TestCase("2026-2-3")]
    [TestCase("12/24/2026")]
    [TestCase("2026-12-32")]
    public void TryParse_NotIso_FailsSayingWhatToType(string text)
    {
        Assert.That(DateArgumentParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo($"'{text}' is not a date. Use YYYY-MM-DD, like 2026-12-24."));
    }

    [TestCase(null)]
    [TestCase(" ")]
    public void TryParse_Missing_SaysSo(string? text)
    {
        Assert.That(DateArgumentParser.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.StartWith("A date is missing"));
    }
}

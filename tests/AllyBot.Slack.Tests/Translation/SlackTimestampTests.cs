using AllyBot.Slack.Translation;

namespace AllyBot.Slack.Tests.Translation;

public sealed class SlackTimestampTests
{
    [Test]
    public void ToTime_SlackTs_IsUnixTimeToTheMillisecond()
    {
        Assert.That(SlackTimestamp.ToTime("1763900000.123456"), Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1763900000123)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("abc")]
    [TestCase("-1.0")]
    [TestCase("99999999999999.0")]
    public void ToTime_NotATs_IsNull(string? ts)
    {
        Assert.That(SlackTimestamp.ToTime(ts), Is.Null);
    }
}

using System.Text;
using AllyBot.Slack.Verification;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.Verification;

public sealed class SlackSignatureVerifierTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(SlackSignatureTests.DocumentedBody);
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);
    private FakeTimeProvider _clock = new(SignedAt);

    private SlackVerificationResult Verify(string? timestamp, string? signature, byte[]? body = null) =>
        new SlackSignatureVerifier(_clock).Verify(SlackSignatureTests.DocumentedSecret, timestamp, signature, body ?? Body);

    [Test]
    public void Verify_DocumentedVector_IsValid()
    {
        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, SlackSignatureTests.DocumentedSignature), Is.EqualTo(SlackVerificationResult.Valid));
    }

    [TestCase(-300)]
    [TestCase(300)]
    public void Verify_FiveMinutesEitherWay_IsValid(int seconds)
    {
        _clock = new FakeTimeProvider(SignedAt - TimeSpan.FromSeconds(seconds));

        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, SlackSignatureTests.DocumentedSignature), Is.EqualTo(SlackVerificationResult.Valid));
    }

    [Test]
    public void Verify_TimestampOlderThanFiveMinutes_IsStale()
    {
        _clock.Advance(TimeSpan.FromSeconds(301));

        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, SlackSignatureTests.DocumentedSignature), Is.EqualTo(SlackVerificationResult.StaleTimestamp));
    }

    [Test]
    public void Verify_TimestampMoreThanFiveMinutesAhead_IsFuture()
    {
        _clock = new FakeTimeProvider(SignedAt - TimeSpan.FromSeconds(301));

        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, SlackSignatureTests.DocumentedSignature), Is.EqualTo(SlackVerificationResult.FutureTimestamp));
    }

    [TestCase(null, SlackSignatureTests.DocumentedSignature)]
    [TestCase(SlackSignatureTests.DocumentedTimestamp, null)]
    [TestCase("", "")]
    public void Verify_MissingHeader_IsMissingHeaders(string? timestamp, string? signature)
    {
        Assert.That(Verify(timestamp, signature), Is.EqualTo(SlackVerificationResult.MissingHeaders));
    }

    [TestCase("1531420618.5")]
    [TestCase("-1531420618")]
    [TestCase("99999999999999999999")]
    [TestCase("abc")]
    public void Verify_TimestampNotSeconds_IsMalformed(string timestamp)
    {
        Assert.That(Verify(timestamp, SlackSignatureTests.DocumentedSignature), Is.EqualTo(SlackVerificationResult.MalformedTimestamp));
    }

    [TestCase("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [TestCase("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [TestCase("v0=a2114d57")]
    [TestCase("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [TestCase("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Verify_WrongSignature_IsBadSignature(string signature)
    {
        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, signature), Is.EqualTo(SlackVerificationResult.BadSignature));
    }

    [Test]
    public void Verify_BodyTamperedWith_IsBadSignature()
    {
        var tampered = Encoding.UTF8.GetBytes(SlackSignatureTests.DocumentedBody.Replace("roadrunner", "coyote", StringComparison.Ordinal));

        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, SlackSignatureTests.DocumentedSignature, tampered), Is.EqualTo(SlackVerificationResult.BadSignature));
    }

    [Test]
    public void Verify_UppercaseHexSignature_IsValid()
    {
        var upper = "v0=" + SlackSignatureTests.DocumentedSignature[3..].ToUpperInvariant();

        Assert.That(Verify(SlackSignatureTests.DocumentedTimestamp, upper), Is.EqualTo(SlackVerificationResult.Valid));
    }
}

using System.Globalization;
using System.Security.Cryptography;

namespace AllyBot.Slack.Verification;

/// <summary>
/// Decides whether raw request bytes were signed by Slack within the last five minutes (in either direction: Bolt only
/// rejects old timestamps, AllyBot also rejects ones from the future). Compares in constant time.
/// </summary>
internal sealed class SlackSignatureVerifier(TimeProvider clock)
{
    /// <summary>The largest accepted difference between the request timestamp and now.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public SlackVerificationResult Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackVerificationResult.MissingHeaders;
        }

        if (timestamp.Length > 11 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SlackVerificationResult.MalformedTimestamp;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > MaxClockSkew)
        {
            return SlackVerificationResult.StaleTimestamp;
        }

        if (-age > MaxClockSkew)
        {
            return SlackVerificationResult.FutureTimestamp;
        }

        if (!signature.StartsWith(SlackSignature.Prefix, StringComparison.Ordinal) || signature.Length != SlackSignature.Prefix.Length + 64)
        {
            return SlackVerificationResult.BadSignature;
        }

        byte[] actual;
        try
        {
            actual = Convert.FromHexString(signature.AsSpan(SlackSignature.Prefix.Length));
        }
        catch (FormatException)
        {
            return SlackVerificationResult.BadSignature;
        }

        var expected = SlackSignature.ComputeHash(signingSecret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SlackVerificationResult.Valid : SlackVerificationResult.BadSignature;
    }
}

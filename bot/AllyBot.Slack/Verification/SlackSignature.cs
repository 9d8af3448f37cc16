using System.Security.Cryptography;
using System.Text;

namespace AllyBot.Slack.Verification;

/// <summary>
/// Slack's v0 request signature: <c>v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + rawBody))</c>
/// (docs.slack.dev/authentication/verifying-requests-from-slack).
/// </summary>
internal static class SlackSignature
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The timestamp header (unix seconds).</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>The prefix of a v0 signature.</summary>
    public const string Prefix = "v0=";

    /// <summary>The raw HMAC of the base string.</summary>
    public static byte[] ComputeHash(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        var data = new byte[prefix.Length + body.Length];
        prefix.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), data);
    }

    /// <summary>The header value Slack would send for this body.</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(ComputeHash(signingSecret, timestamp, body));
}

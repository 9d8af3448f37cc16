using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using AllyBot.Slack.Verification;

namespace AllyBot.Slack.Tests.Support;

/// <summary>Signs requests the way Slack does, with AllyBot's own <see cref="SlackSignature"/>.</summary>
internal static class SlackTestSigner
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static HttpRequestMessage Signed(string path, string body, string contentType, DateTimeOffset at, string secret = Secret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage Json(string path, string body, DateTimeOffset at) => Signed(path, body, "application/json", at);

    public static HttpRequestMessage Form(string path, string body, DateTimeOffset at) => Signed(path, body, "application/x-www-form-urlencoded", at);
}

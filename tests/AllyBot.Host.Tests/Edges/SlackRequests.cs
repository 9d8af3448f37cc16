using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AllyBot.Host.Tests.Edges;

/// <summary>Slack requests as Slack sends them: the recorded payloads of the Slack tests, signed with the app's secret.</summary>
internal static class SlackRequests
{
    /// <summary>A recorded Slack payload from <c>tests/AllyBot.Slack.Tests/Payloads</c>.</summary>
    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "AllyBot.Slack.Tests", "Payloads", name));

    /// <summary>The folder holding AllyBot.sln.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "AllyBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    /// <summary>A POST of <paramref name="body"/> to <c>/slack/events</c>, signed now with <paramref name="secret"/> (v0 HMAC-SHA256).</summary>
    public static HttpRequestMessage SignedEvent(string body, string secret)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}

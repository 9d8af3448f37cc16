using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Tests.Verification;
using AllyBot.Slack.Verification;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.Interop;

/// <summary>AllyBot's signer and verifier against @slack/bolt's <c>isValidSlackRequest</c> and Slack's documented algorithm in node.</summary>
[Category("Interop")]
public sealed class SlackSigningInteropTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1763900000);

    private static readonly string[] Bodies =
    [
        SlackSignatureTests.DocumentedBody,
        Payloads.Read("event-message-channel.json"),
        Payloads.Read("command-ally-tips.txt"),
        Payloads.AsInteractivityForm("interaction-block-actions-not-helpful.json"),
        """{"type":"event_callback","event":{"type":"message","text":"naïve café “quotes” 👋🏽"}}""",
        "",
    ];

    private static async Task<(bool[] Verdicts, string[] Signatures)> NodeAsync(JsonArray verify, JsonArray sign)
    {
        var output = await NodePeer.RunAsync("signing.js", new JsonObject { ["verify"] = verify, ["sign"] = sign }.ToJsonString());
        var answer = JsonDocument.Parse(output).RootElement;
        return (
            [.. answer.GetProperty("verdicts").EnumerateArray().Select(v => v.GetBoolean())],
            [.. answer.GetProperty("signatures").EnumerateArray().Select(s => s.GetString()!)]);
    }

    private static JsonObject BoltCase(string body, DateTimeOffset signedAt, DateTimeOffset now, string? signature = null)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["signingSecret"] = SlackTestSigner.Secret,
            ["body"] = body,
            ["timestamp"] = timestamp,
            ["signature"] = signature ?? SlackSignature.Compute(SlackTestSigner.Secret, timestamp, Encoding.UTF8.GetBytes(body)),
            ["nowMilliseconds"] = now.ToUnixTimeMilliseconds(),
        };
    }

    [Test]
    public async Task Bolt_AllyBotSignedRequests_Accepted()
    {
        var (verdicts, _) = await NodeAsync([.. Bodies.Select(b => (JsonNode)BoltCase(b, Now, Now))], []);

        Assert.That(verdicts, Has.Length.EqualTo(Bodies.Length).And.All.True);
    }

    [Test]
    public async Task Bolt_DocumentedVector_AcceptedLikeAllyBot()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1531420618);
        var (verdicts, _) = await NodeAsync([BoltCase(SlackSignatureTests.DocumentedBody, at, at, SlackSignatureTests.DocumentedSignature)], []);

        Assert.That(verdicts, Is.EqualTo(new[] { true }));
    }

    [Test]
    public async Task Bolt_TamperedOrStale_RejectedLikeAllyBot()
    {
        var body = Bodies[1];
        var good = SlackSignature.Compute(SlackTestSigner.Secret, Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(body));
        var (verdicts, _) = await NodeAsync(
        [
            BoltCase(body + " ", Now, Now, good),
            BoltCase(body, Now.AddSeconds(-301), Now),
        ], []);

        var verifier = new SlackSignatureVerifier(new FakeTimeProvider(Now));
        Assert.That(verdicts, Is.EqualTo(new[] { false, false }));
        Assert.That(verifier.Verify(SlackTestSigner.Secret, Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), good, Encoding.UTF8.GetBytes(body + " ")), Is.EqualTo(SlackVerificationResult.BadSignature));
        Assert.That(verifier.Verify(SlackTestSigner.Secret, Now.AddSeconds(-301).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            SlackSignature.Compute(SlackTestSigner.Secret, Now.AddSeconds(-301).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(body)),
            Encoding.UTF8.GetBytes(body)), Is.EqualTo(SlackVerificationResult.StaleTimestamp));
    }

    [Test]
    public async Task Bolt_FutureTimestamp_AcceptedWhereAllyBotIsStricter()
    {
        var future = Now.AddSeconds(301);
        var (verdicts, _) = await NodeAsync([BoltCase(Bodies[1], future, Now)], []);

        var timestamp = future.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var allyBot = new SlackSignatureVerifier(new FakeTimeProvider(Now)).Verify(
            SlackTestSigner.Secret, timestamp, SlackSignature.Compute(SlackTestSigner.Secret, timestamp, Encoding.UTF8.GetBytes(Bodies[1])), Encoding.UTF8.GetBytes(Bodies[1]));
        Assert.That(verdicts, Is.EqualTo(new[] { true }), "Bolt only rejects old timestamps (interop.md)");
        Assert.That(allyBot, Is.EqualTo(SlackVerificationResult.FutureTimestamp));
    }

    [Test]
    public async Task AllyBot_SlackAlgorithmSignedRequests_Accepted()
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var (_, signatures) = await NodeAsync([], [.. Bodies.Select(b => (JsonNode)new JsonObject { ["signingSecret"] = SlackTestSigner.Secret, ["timestamp"] = timestamp, ["body"] = b })]);

        var verifier = new SlackSignatureVerifier(new FakeTimeProvider(Now));
        var results = Bodies.Select((body, i) => verifier.Verify(SlackTestSigner.Secret, timestamp, signatures[i], Encoding.UTF8.GetBytes(body)));
        Assert.That(results, Is.All.EqualTo(SlackVerificationResult.Valid));
    }
}

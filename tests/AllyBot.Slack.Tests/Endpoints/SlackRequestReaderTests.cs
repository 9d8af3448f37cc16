using System.Net;
using System.Text;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.Tests.Verification;
using AllyBot.Slack.Verification;

namespace AllyBot.Slack.Tests.Endpoints;

/// <summary>Verification before parsing, over HTTP, on every Slack endpoint: nothing unverified reaches the inbox.</summary>
public sealed class SlackRequestReaderTests
{
    private static readonly string[] Paths = [SlackEventsEndpoint.Path, SlackCommandsEndpoint.Path, SlackInteractivityEndpoint.Path];

    private static string ValidBodyFor(string path) => path switch
    {
        SlackEventsEndpoint.Path => Payloads.Read("event-message-channel.json"),
        SlackCommandsEndpoint.Path => Payloads.Read("command-ally-tips.txt"),
        _ => Payloads.AsInteractivityForm("interaction-block-actions-not-helpful.json"),
    };

    [Test]
    public async Task Read_DocumentedSigningVector_IsAccepted()
    {
        await using var app = await SlackTestApp.StartAsync(now: DateTimeOffset.FromUnixTimeSeconds(1531420618));
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackCommandsEndpoint.Path)
        {
            Content = new StringContent(SlackSignatureTests.DocumentedBody, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add(SlackSignature.TimestampHeader, SlackSignatureTests.DocumentedTimestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignatureTests.DocumentedSignature);

        using var response = await app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(app.Inbox.Commands.Single().Caller.Id, Is.EqualTo("U2CERLKJA"));
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_ValidSignature_ReachesInbox(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Signed(path, ValidBodyFor(path), ContentTypeFor(path), SlackTestApp.Now);

        using var response = await app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(app.Inbox.Accepted, Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_WrongSecret_Is401AndNothingAccepted(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Signed(path, ValidBodyFor(path), ContentTypeFor(path), SlackTestApp.Now, secret: "not-the-signing-secret");

        await AssertRejectedAsync(app, request, HttpStatusCode.Unauthorized);
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_StaleTimestamp_Is401AndNothingAccepted(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Signed(path, ValidBodyFor(path), ContentTypeFor(path), SlackTestApp.Now.AddSeconds(-301));

        await AssertRejectedAsync(app, request, HttpStatusCode.Unauthorized);
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_FutureTimestamp_Is401AndNothingAccepted(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Signed(path, ValidBodyFor(path), ContentTypeFor(path), SlackTestApp.Now.AddSeconds(301));

        await AssertRejectedAsync(app, request, HttpStatusCode.Unauthorized);
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_MissingSignatureHeaders_Is401AndNothingAccepted(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(ValidBodyFor(path), Encoding.UTF8, ContentTypeFor(path)) };

        await AssertRejectedAsync(app, request, HttpStatusCode.Unauthorized);
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_TimestampHeaderOnly_Is401AndNothingAccepted(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Signed(path, ValidBodyFor(path), ContentTypeFor(path), SlackTestApp.Now);
        request.Headers.Remove(SlackSignature.SignatureHeader);

        await AssertRejectedAsync(app, request, HttpStatusCode.Unauthorized);
    }

    [TestCaseSource(nameof(Paths))]
    public async Task Read_BodyOverLimit_Is413AndNothingAccepted(string path)
    {
        await using var app = await SlackTestApp.StartAsync();
        var body = ValidBodyFor(path) + new string(' ', SlackRequestReader.MaxBodyBytes);
        using var request = SlackTestSigner.Signed(path, body, ContentTypeFor(path), SlackTestApp.Now);

        await AssertRejectedAsync(app, request, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Read_BodyOverLimitWithoutContentLength_Is413()
    {
        await using var app = await SlackTestApp.StartAsync();
        var body = Encoding.UTF8.GetBytes(new string('x', SlackRequestReader.MaxBodyBytes + 1));
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEventsEndpoint.Path) { Content = new StreamContent(new UnseekableStream(body)) };

        await AssertRejectedAsync(app, request, HttpStatusCode.RequestEntityTooLarge);
    }

    [TestCase("{\"type\": \"event_callback\", \"event\": ")]
    [TestCase("[1,2,3]")]
    [TestCase("{}")]
    public async Task Read_SignedMalformedEvent_Is400AndNothingAccepted(string body)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Json(SlackEventsEndpoint.Path, body, SlackTestApp.Now);

        await AssertRejectedAsync(app, request, HttpStatusCode.BadRequest);
    }

    [TestCase("payload=%7B%22type%22%3A")]
    [TestCase("nopayload=1")]
    public async Task Read_SignedMalformedInteraction_Is400AndNothingAccepted(string body)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Form(SlackInteractivityEndpoint.Path, body, SlackTestApp.Now);

        await AssertRejectedAsync(app, request, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Read_SignedCommandWithoutUser_Is400AndNothingAccepted()
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = SlackTestSigner.Form(SlackCommandsEndpoint.Path, "team_id=T1&channel_id=C1&command=%2Fally&text=tips", SlackTestApp.Now);

        await AssertRejectedAsync(app, request, HttpStatusCode.BadRequest);
    }

    [TestCase("token=gIkuvaNzQIHg97ATvDxqgjtO&ssl_check=1", "")]
    [TestCase("", "?ssl_check=1")]
    public async Task Read_SslCheck_Is200WithoutSignatureAndNothingAccepted(string body, string query)
    {
        await using var app = await SlackTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackCommandsEndpoint.Path + query)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        await AssertRejectedAsync(app, request, HttpStatusCode.OK);
    }

    private static string ContentTypeFor(string path) => path == SlackEventsEndpoint.Path ? "application/json" : "application/x-www-form-urlencoded";

    private static async Task AssertRejectedAsync(SlackTestApp app, HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(app.Inbox.Accepted, Is.Empty);
        Assert.That(app.Api.Calls, Is.Empty);
    }
}

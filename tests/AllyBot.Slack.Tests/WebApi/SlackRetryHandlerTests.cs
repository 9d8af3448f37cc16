using System.Net;
using AllyBot.Slack.Tests.Support;
using AllyBot.Slack.WebApi;

namespace AllyBot.Slack.Tests.WebApi;

public sealed class SlackRetryHandlerTests
{
    private readonly WebApiHarness _harness = new();

    [TearDown]
    public void TearDown() => _harness.Dispose();

    [Test]
    public async Task Send_429WithRetryAfter_RetriedAfterThatLong()
    {
        _harness.Api.Answer("chat.postEphemeral", Payloads.Read("error-ratelimited.json"), HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3));
        _harness.Api.Answer("chat.postEphemeral", Payloads.Read("chat-post-ephemeral-ok.json"));

        var ts = await FakeTime.RunAsync(_harness.Clock, _harness.Client.PostEphemeralAsync("xoxb-1", "T1", "C1", "U1", "hi"));

        Assert.That(ts, Is.EqualTo("1763900001.000111"));
        var calls = _harness.Api.Calls.ToList();
        Assert.That(calls, Has.Count.EqualTo(2));
        Assert.That(calls[1].At - calls[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3)).And.LessThan(TimeSpan.FromSeconds(4)));
        Assert.That(calls[1].Form, Is.EqualTo(calls[0].Form));
    }

    [Test]
    public void Send_429Persisting_GivesUpAsRatelimited()
    {
        for (var i = 0; i <= SlackRetryHandler.MaxRetries; i++)
        {
            _harness.Api.Answer("users.info", Payloads.Read("error-ratelimited.json"), HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));
        }

        var e = Assert.ThrowsAsync<SlackApiException>(() => FakeTime.RunAsync(_harness.Clock, _harness.Client.UserInfoAsync("xoxb-1", "T1", "U1")));

        Assert.That(e!.Error, Is.EqualTo("ratelimited"));
        Assert.That(_harness.Api.Calls, Has.Count.EqualTo(SlackRetryHandler.MaxRetries + 1));
    }

    [Test]
    public void Send_RetryAfterLongerThanLimit_NotRetried()
    {
        _harness.Api.Answer("users.info", Payloads.Read("error-ratelimited.json"), HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(10));

        var e = Assert.ThrowsAsync<SlackApiException>(() => _harness.Client.UserInfoAsync("xoxb-1", "T1", "U1"));

        Assert.That(e!.StatusCode, Is.EqualTo(429));
        Assert.That(_harness.Api.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Send_ServiceUnavailable_RetriedWithBackoff()
    {
        _harness.Api.Answer("auth.test", "", HttpStatusCode.ServiceUnavailable);
        _harness.Api.Answer("auth.test", """{"ok":true,"user_id":"U0BOT"}""");

        var auth = await FakeTime.RunAsync(_harness.Clock, _harness.Client.AuthTestAsync("xoxb-1"));

        Assert.That(auth.UserId, Is.EqualTo("U0BOT"));
        Assert.That(_harness.Api.Calls, Has.Count.EqualTo(2));
    }

    [Test]
    public void Send_BadRequest_NotRetried()
    {
        _harness.Api.Answer("auth.test", "", HttpStatusCode.BadRequest);

        var e = Assert.ThrowsAsync<SlackApiException>(() => _harness.Client.AuthTestAsync("xoxb-1"));

        Assert.That(e!.Error, Is.EqualTo("http_400"));
        Assert.That(_harness.Api.Calls, Has.Count.EqualTo(1));
    }
}

using System.Net;
using System.Net.Http.Headers;
using AllyBot.Teams.Connector;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Connector;

public sealed class ConnectorRetryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    [Test]
    public void RetryAfter_Seconds_IsThatDelay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));

        Assert.That(ConnectorRetry.RetryAfter(response, _clock), Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void RetryAfter_Date_IsTimeUntilThen()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_clock.GetUtcNow().AddSeconds(7));

        Assert.That(ConnectorRetry.RetryAfter(response, _clock), Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void RetryAfter_Huge_IsCapped()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));

        Assert.That(ConnectorRetry.RetryAfter(response, _clock), Is.EqualTo(ConnectorRetry.MaxDelay));
    }

    [Test]
    public void RetryAfter_Missing_IsNullSoBackoffWithJitterApplies()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.That(ConnectorRetry.RetryAfter(response, _clock), Is.Null);
    }

    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.PreconditionFailed, true)]
    [TestCase(HttpStatusCode.BadGateway, true)]
    [TestCase(HttpStatusCode.GatewayTimeout, true)]
    [TestCase(HttpStatusCode.Forbidden, false)]
    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    public void IsTransient_Status_MatchesProtocolNotes(HttpStatusCode status, bool transient)
    {
        Assert.That(ConnectorRetry.IsTransient(status), Is.EqualTo(transient));
    }
}

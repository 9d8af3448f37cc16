using System.Net;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace AllyBot.Slack.Tests.Endpoints;

public sealed class SlackInstallEndpointTests
{
    [Test]
    public async Task Get_OAuthConfigured_RedirectsToSlackWithScopesAndState()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);

        using var response = await app.Client.GetAsync(SlackInstallEndpoint.Path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var location = response.Headers.Location!;
        Assert.That(location.GetLeftPart(UriPartial.Path), Is.EqualTo("https://slack.com/oauth/v2/authorize"));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.That(query["client_id"].ToString(), Is.EqualTo("1234567890.0987654321"));
        Assert.That(query["scope"].ToString().Split(','), Is.EqualTo(SlackScopes.Bot));
        var state = query["state"].ToString();
        Assert.That(state, Is.Not.Empty);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.That(cookie, Does.StartWith($"{SlackInstallEndpoint.StateCookie}={state}").And.Contain("httponly"));
    }

    [Test]
    public async Task Get_SingleWorkspaceMode_NotMapped()
    {
        await using var app = await SlackTestApp.StartAsync();

        using var response = await app.Client.GetAsync(SlackInstallEndpoint.Path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}

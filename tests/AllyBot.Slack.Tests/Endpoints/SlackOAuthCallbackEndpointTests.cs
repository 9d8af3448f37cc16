using System.Net;
using System.Text;
using AllyBot.Core.Conversations;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Endpoints;

public sealed class SlackOAuthCallbackEndpointTests
{
    private static async Task<string> StartInstallAsync(SlackTestApp app)
    {
        using var response = await app.Client.GetAsync(SlackInstallEndpoint.Path);
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["state"].ToString();
    }

    private static async Task<HttpResponseMessage> CallbackAsync(SlackTestApp app, string state, string? cookie = null, string code = "4724469134.4644010092847.232b4e6d82c333b475fc30f5f5a341d294feb1a94392c2fd791f7ab7731a443d")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SlackOAuthCallbackEndpoint.Path}?code={code}&state={Uri.EscapeDataString(state)}");
        request.Headers.Add("Cookie", $"{SlackInstallEndpoint.StateCookie}={cookie ?? state}");
        return await app.Client.SendAsync(request);
    }

    [Test]
    public async Task Get_ValidState_StoresInstallationWithEncryptedToken()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);
        app.Api.Answer("oauth.v2.access", Payloads.Read("oauth-v2-access.json"));
        var state = await StartInstallAsync(app);

        using var response = await CallbackAsync(app, state);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("installed in Ally Co"));
        var call = app.Api.CallsTo("oauth.v2.access").Single();
        Assert.That(call.Form["code"], Does.StartWith("4724469134."));
        var installation = await app.Store.GetAsync(ChatPlatform.Slack, "T0AB12CD3");
        Assert.That(installation, Is.Not.Null);
        Assert.That(installation!.InstalledAt, Is.EqualTo(SlackTestApp.Now));
        Assert.That(Encoding.UTF8.GetString(installation.Secret), Does.Not.Contain("xoxb-"));
        var secret = app.Services.GetRequiredService<SlackInstallationProtector>().Unprotect(installation.Secret);
        Assert.That(secret.BotToken, Is.EqualTo("xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"));
        Assert.That(secret.BotUserId, Is.EqualTo("U0ALLYBOT"));
    }

    [Test]
    public async Task Get_StateUsedTwice_SecondRejected()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);
        app.Api.Answer("oauth.v2.access", Payloads.Read("oauth-v2-access.json"));
        var state = await StartInstallAsync(app);
        using var first = await CallbackAsync(app, state);

        using var second = await CallbackAsync(app, state);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(app.Api.CallsTo("oauth.v2.access"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Get_StateExpired_RejectedWithoutCallingSlack()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);
        var state = await StartInstallAsync(app);
        app.Clock.Advance(SlackOAuthStateStore.Lifetime + TimeSpan.FromSeconds(1));

        using var response = await CallbackAsync(app, state);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(app.Api.Calls, Is.Empty);
        Assert.That(await app.Store.GetAsync(ChatPlatform.Slack, "T0AB12CD3"), Is.Null);
    }

    [Test]
    public async Task Get_StateFromAnotherBrowser_Rejected()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);
        var state = await StartInstallAsync(app);

        using var response = await CallbackAsync(app, state, cookie: "someone-elses-state");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(app.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task Get_UnknownState_Rejected()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);

        using var response = await CallbackAsync(app, "forged-state");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(app.Api.Calls, Is.Empty);
    }

    [Test]
    public async Task Get_SlackRefusesCode_Is502AndNothingStored()
    {
        await using var app = await SlackTestApp.StartAsync(SlackTestApp.OAuthSettings);
        app.Api.Answer("oauth.v2.access", Payloads.Read("oauth-v2-access-invalid-code.json"));
        var state = await StartInstallAsync(app);

        using var response = await CallbackAsync(app, state);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("invalid_code"));
        Assert.That(await app.Store.GetAsync(ChatPlatform.Slack, "T0AB12CD3"), Is.Null);
    }
}

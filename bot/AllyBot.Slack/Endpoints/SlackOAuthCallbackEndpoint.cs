using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Settings;
using AllyBot.Slack.Configuration;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Endpoints;

/// <summary>
/// <c>GET /slack/oauth/callback</c>: checks the <c>state</c> (issued here, unexpired, unused, same browser), exchanges
/// the code with <c>oauth.v2.access</c>, and stores the installation with its bot token encrypted.
/// </summary>
internal static class SlackOAuthCallbackEndpoint
{
    public const string Path = "/slack/oauth/callback";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<SlackOptions> options,
        SlackOAuthStateStore states,
        SlackWebApiClient api,
        SlackInstallationProtector protector,
        IInstallationStore installations,
        TimeProvider clock,
        ILogger<SlackOAuthStateStore> logger,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slack = options.Value;
        if (!slack.UsesOAuth)
        {
            return Results.NotFound();
        }

        var query = context.Request.Query;
        string state = query["state"].ToString();
        var cookie = context.Request.Cookies[SlackInstallEndpoint.StateCookie];
        context.Response.Cookies.Delete(SlackInstallEndpoint.StateCookie, new CookieOptions { Path = Path });
        if (!states.TryConsume(state) || !string.Equals(cookie, state, StringComparison.Ordinal))
        {
            logger.CallbackRejected("state unknown, expired, used or from another browser");
            return Page(StatusCodes.Status400BadRequest, $"This install link has expired or was already used. Start again at {SlackInstallEndpoint.Path}.");
        }

        if (query["error"].ToString() is { Length: > 0 } error)
        {
            logger.CallbackRejected("Slack reported " + error);
            return Page(StatusCodes.Status400BadRequest, "AllyBot was not installed (the request was cancelled or denied).");
        }

        if (query["code"].ToString() is not { Length: > 0 } code)
        {
            logger.CallbackRejected("no code");
            return Page(StatusCodes.Status400BadRequest, "The install callback carried no code.");
        }

        Wire.SlackOAuthAccessResponse access;
        try
        {
            access = await api.OAuthAccessAsync(slack.ClientId!, slack.ClientSecret!, code, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException e)
        {
            logger.AccessFailed(e.Error);
            return Page(StatusCodes.Status502BadGateway, $"Slack refused the installation ({e.Error}). Start again at {SlackInstallEndpoint.Path}.");
        }

        if (access.IsEnterpriseInstall || access.Team?.Id is not { } teamId || access.AccessToken is not { } token)
        {
            logger.CallbackRejected("org-wide install or no bot token");
            return Page(StatusCodes.Status400BadRequest, "AllyBot installs per workspace; org-wide installs are not supported.");
        }

        var now = clock.GetUtcNow();
        var secret = new SlackInstallationSecret(
            token,
            access.BotUserId,
            access.Scope,
            access.AppId,
            access.Team.Name,
            access.AuthedUser?.Id,
            access.RefreshToken,
            access.ExpiresIn is { } seconds ? now.AddSeconds(seconds) : null);
        await installations.SaveAsync(new Installation(ChatPlatform.Slack, teamId, protector.Protect(secret), now), cancellationToken).ConfigureAwait(false);
        logger.Installed(teamId);
        return Page(StatusCodes.Status200OK, $"AllyBot is installed in {access.Team.Name ?? teamId}. Invite it to a channel with /invite @AllyBot, and try /ally help.");
    }

    private static IResult Page(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);
}

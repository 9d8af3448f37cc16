using AllyBot.Slack.Configuration;
using AllyBot.Slack.OAuth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Endpoints;

/// <summary>
/// <c>GET /slack/install</c>: redirects to Slack's OAuth v2 authorize page with the bot scopes and a fresh
/// server-side <c>state</c>, also set in a short-lived cookie so the callback must come back to the same browser.
/// No <c>redirect_uri</c> is sent: Slack then uses the app's configured one, which stays right behind proxies.
/// </summary>
internal static class SlackInstallEndpoint
{
    public const string Path = "/slack/install";
    public const string StateCookie = "allybot-slack-oauth-state";

    public static IResult Handle(HttpContext context, IOptions<SlackOptions> options, SlackOAuthStateStore states)
    {
        ArgumentNullException.ThrowIfNull(context);
        var slack = options.Value;
        if (!slack.UsesOAuth)
        {
            return Results.NotFound();
        }

        var state = states.Create();
        context.Response.Cookies.Append(StateCookie, state, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = SlackOAuthStateStore.Lifetime,
            Path = SlackOAuthCallbackEndpoint.Path,
        });
        var url = QueryHelpers.AddQueryString(slack.AuthorizeUri.AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = slack.ClientId,
            ["scope"] = string.Join(',', SlackScopes.Bot),
            ["user_scope"] = "",
            ["state"] = state,
        });
        return Results.Redirect(url);
    }
}

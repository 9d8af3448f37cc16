using AllyBot.Slack.Configuration;
using AllyBot.Slack.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack;

/// <summary>Maps the Slack edge's endpoints (fixed names, architecture.md).</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /slack/events</c>, <c>/slack/commands</c> and <c>/slack/interactivity</c> when a signing secret is
    /// set, and <c>GET /slack/install</c> and <c>/slack/oauth/callback</c> when OAuth is configured. Maps nothing when
    /// <c>AddSlack</c> registered nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<SlackEdgeMarker>() is null)
        {
            return endpoints;
        }

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (options.ServesHttp)
        {
            endpoints.MapPost(SlackEventsEndpoint.Path, SlackEventsEndpoint.HandleAsync).DisableAntiforgery().ExcludeFromDescription();
            endpoints.MapPost(SlackCommandsEndpoint.Path, SlackCommandsEndpoint.HandleAsync).DisableAntiforgery().ExcludeFromDescription();
            endpoints.MapPost(SlackInteractivityEndpoint.Path, SlackInteractivityEndpoint.HandleAsync).DisableAntiforgery().ExcludeFromDescription();
        }

        if (options.UsesOAuth)
        {
            endpoints.MapGet(SlackInstallEndpoint.Path, SlackInstallEndpoint.Handle).ExcludeFromDescription();
            endpoints.MapGet(SlackOAuthCallbackEndpoint.Path, SlackOAuthCallbackEndpoint.HandleAsync).ExcludeFromDescription();
        }

        return endpoints;
    }
}

using AllyBot.Teams.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Teams;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpoints
{
    /// <summary>The fixed messaging endpoint (architecture.md).</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c>. The endpoint does its own authentication (Bot Framework JWT), so it is
    /// anonymous as far as ASP.NET Core authorization goes.
    /// </summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MessagesPath, static context => context.RequestServices.GetRequiredService<ActivityEndpoint>().HandleAsync(context, context.RequestAborted))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }
}

using AllyBot.Core.Ports;
using AllyBot.Host.Outbox;
using AllyBot.Rules;

namespace AllyBot.Host.Health;

/// <summary>
/// <c>/healthz</c>: the process is up. <c>/readyz</c>: the database answers and the rules are loaded (503 otherwise),
/// with the inbox depth, the outbox counts, the platforms whose circuit is open, and the latest outcome of outbound
/// calls per host.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(IInbox inbox, IOutbox outbox, PlatformCircuits circuits, RuleSet rules, OutboundHealth outbound, CancellationToken cancellationToken)
    {
        try
        {
            var pending = await inbox.CountPendingAsync(cancellationToken);
            var outboxCounts = await outbox.CountAsync(cancellationToken);

            // Outbound trouble (a Slack or Teams outage, an open circuit) is reported but does not make the instance unready:
            // taking it out of rotation would not get replies out any sooner, and the inbox keeps the work.
            return rules.Rules.Count > 0
                ? Results.Ok(new { status = "ready", rules = rules.Rules.Count, inboxPending = pending, outboxPending = outboxCounts.Pending, outboxDead = outboxCounts.Dead, openCircuits = circuits.OpenCircuits(), outbound = outbound.Snapshot() })
                : Results.Json(new { status = "no rules loaded" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Results.Json(new { status = "database unavailable", error = e.GetType().Name }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

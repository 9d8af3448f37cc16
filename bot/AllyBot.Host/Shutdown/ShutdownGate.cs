using System.Globalization;

namespace AllyBot.Host.Shutdown;

/// <summary>
/// Once the host is stopping (SIGTERM, <c>StopAsync</c>), every request but <c>/healthz</c> is answered
/// <c>503 Service Unavailable</c> with <c>Retry-After</c>, before it reaches an edge: nothing new is accepted into the
/// inbox, and Slack and the Bot Connector retry the delivery (on another instance, or on this one after restart).
/// <c>/readyz</c> answers 503 too, so a load balancer stops sending traffic here.
/// </summary>
internal static class ShutdownGate
{
    /// <summary>What <c>Retry-After</c> says during shutdown.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static IApplicationBuilder UseShutdownGate(this IApplicationBuilder app)
    {
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var retryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return app.Use(async (context, next) =>
        {
            if (stopping.IsCancellationRequested && !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = retryAfter;
                await context.Response.WriteAsync("shutting down", context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }
}

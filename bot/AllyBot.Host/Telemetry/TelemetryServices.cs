using AllyBot.Core.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllyBot.Host.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, outbound HTTP and AllyBot's own content-free meter. OTLP export
/// (metrics and traces) when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; a Prometheus scrape endpoint at <c>/metrics</c>
/// when <c>Metrics:Prometheus</c> is true (default: on in the playground). With neither, nothing is instrumented.
/// </summary>
internal static class TelemetryServices
{
    public const string PrometheusKey = "Metrics:Prometheus";

    public static IServiceCollection AddAllyBotTelemetry(this IServiceCollection services, IConfiguration configuration, bool playground)
    {
        var otlp = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = configuration.GetValue(PrometheusKey, playground);
        services.AddSingleton<InboxDepth>();
        if (!otlp && !prometheus)
        {
            // Nothing would read them: instrumenting every request would only cost the ack path CPU.
            return services;
        }

        var telemetry = services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(AllyBotMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            if (prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (otlp)
            {
                metrics.AddOtlpExporter();
            }
        });
        if (otlp)
        {
            // Request paths and status codes only: no bodies, so no message text, ever reaches a trace.
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(o => o.RecordException = false).AddHttpClientInstrumentation().AddOtlpExporter());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapAllyBotMetrics(this WebApplication app, IConfiguration configuration, bool playground)
    {
        if (configuration.GetValue(PrometheusKey, playground))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AllyBot.Teams.Connector;

/// <summary>
/// Retries Connector calls on 429, 412 and transient 5xx (and network errors) with exponential backoff and jitter,
/// waiting exactly <c>Retry-After</c> when the Connector sends one (protocols.md §1.4).
/// </summary>
internal static class ConnectorRetry
{
    public const int MaxRetryAttempts = 3;

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    public static ResiliencePipeline<HttpResponseMessage> Create(TimeProvider clock, ILogger logger) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)),
                OnRetry = args =>
                {
                    TeamsLog.ConnectorRetry(logger, (int?)args.Outcome.Result?.StatusCode ?? 0, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), capped at <see cref="MaxDelay"/>; null to back off normally.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        if (delay is not { } wait)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxDelay ? MaxDelay : wait;
    }
}

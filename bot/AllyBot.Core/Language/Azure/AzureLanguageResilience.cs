using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace AllyBot.Core.Language.Azure;

/// <summary>
/// How calls to Azure AI Language survive a bad day: each call as a whole is bounded by its budget (the nudge path
/// never waits longer); inside it, 429 and 5xx are retried (honouring <c>Retry-After</c> when it fits in the budget),
/// each attempt has its own timeout, and a circuit breaker stops calling a service that keeps failing or timing out.
/// </summary>
public sealed record AzureLanguageResilience
{
    /// <summary>Retries after the first attempt. <value>Default: 2.</value></summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The first back-off when the service sends no <c>Retry-After</c>. <value>Default: 50 ms.</value></summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Calls in <see cref="SamplingDuration"/> before the breaker may open. <value>Default: 5.</value></summary>
    public int MinimumThroughput { get; init; } = 5;

    /// <summary>The failure share that opens the breaker. <value>Default: 0.5.</value></summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>The window the breaker looks at. <value>Default: 30 s.</value></summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker refuses calls. <value>Default: 30 s.</value></summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    internal static readonly ResiliencePropertyKey<TimeSpan> BudgetKey = new("allybot.language.budget");

    /// <summary>The whole call within its budget.</summary>
    internal static ResiliencePipeline Budget(TimeProvider clock) =>
        new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(BudgetKey, TimeSpan.FromSeconds(1))) })
            .Build();

    /// <summary>One HTTP exchange: retry, then the breaker, then a per-attempt timeout of 90% of the budget.</summary>
    internal ResiliencePipeline<HttpResponseMessage> Attempts(TimeProvider clock)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransient(r.StatusCode));
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(
                    (args.Outcome.Exception is HttpRequestException or TimeoutRejectedException
                     || (args.Outcome.Result is { } r && IsTransient(r.StatusCode)))
                    && !(RetryAfter(args.Outcome.Result, clock) > args.Context.Properties.GetValue(BudgetKey, TimeSpan.Zero))),
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = RetryDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = FailureRatio,
                MinimumThroughput = MinimumThroughput,
                SamplingDuration = SamplingDuration,
                BreakDuration = BreakDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(BudgetKey, TimeSpan.FromSeconds(1)) * 0.9),
            })
            .Build();
    }

    internal static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), or null.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        return delay is { } wait ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait) : null;
    }
}

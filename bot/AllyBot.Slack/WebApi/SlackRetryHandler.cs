using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AllyBot.Slack.WebApi;

/// <summary>
/// Retries Slack calls on 429 (waiting exactly <c>Retry-After</c>), 5xx and network errors, with exponential backoff
/// and jitter otherwise (Polly). Gives up on a <c>Retry-After</c> longer than <see cref="MaxRetryAfter"/>, returning
/// the 429 so the caller sees <c>ratelimited</c>.
/// </summary>
internal sealed class SlackRetryHandler : DelegatingHandler
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>The Web API method name a request is for, used in logs (never the URL, which may hold a secret).</summary>
    public static readonly HttpRequestOptionsKey<string> MethodOption = new("AllyBot.Slack.Method");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public SlackRetryHandler(TimeProvider clock, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock)),
                OnRetry = args =>
                {
                    var outcome = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "?";
                    logger.Retrying(args.Context.OperationKey ?? "?", args.AttemptNumber + 1, args.RetryDelay, outcome);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(request.Options.TryGetValue(MethodOption, out var method) ? method : "request", cancellationToken);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Handler.BaseSendAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> BaseSendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) => base.SendAsync(request, cancellationToken);

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Exception is HttpRequestException)
        {
            return true;
        }

        if (outcome.Exception is OperationCanceledException)
        {
            return !cancellationToken.IsCancellationRequested;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return RetryAfterOf(response) is not { } wait || wait <= MaxRetryAfter;
        }

        return response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date - clock.GetUtcNow());
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null;
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter?.Delta;
}

using AllyBot.Core.Outbox;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AllyBot.Host.Outbox;

/// <summary>
/// One timeout and one circuit breaker per platform around the outbox's sends (Polly). When a platform keeps failing
/// (<see cref="OutboxOptions.CircuitFailureRatio"/> of at least <see cref="OutboxOptions.CircuitMinimumThroughput"/>
/// sends within <see cref="OutboxOptions.CircuitSamplingDuration"/>), its circuit opens for
/// <see cref="OutboxOptions.CircuitBreakDuration"/>: sends then fail at once with <see cref="BrokenCircuitException"/>
/// and wait in the outbox instead of piling up on a dead platform. A permanent failure (the channel is gone) says
/// nothing about the platform's health and is not counted.
/// </summary>
internal sealed class PlatformCircuits(IOptions<OutboxOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, (ResiliencePipeline Pipeline, CircuitBreakerStateProvider State)> _circuits = [];
    private readonly Lock _lock = new();

    /// <summary>Runs <paramref name="send"/> for <paramref name="platform"/> within its timeout and circuit.</summary>
    /// <exception cref="BrokenCircuitException">The platform's circuit is open; nothing was sent.</exception>
    /// <exception cref="TimeoutRejectedException">The send took longer than <see cref="OutboxOptions.SendTimeout"/>.</exception>
    public async Task<T> ExecuteAsync<T>(string platform, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        var pipeline = CircuitFor(platform).Pipeline;
        return await pipeline.ExecuteAsync(async token => await send(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="ExecuteAsync{T}"/>
    public async Task ExecuteAsync(string platform, Func<CancellationToken, Task> send, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(send);
        var pipeline = CircuitFor(platform).Pipeline;
        await pipeline.ExecuteAsync(async token => await send(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The platforms whose circuit is open (or half-open, testing one send), by name, sorted.</summary>
    public IReadOnlyList<string> OpenCircuits()
    {
        lock (_lock)
        {
            return [.. _circuits.Where(c => c.Value.State.CircuitState is CircuitState.Open or CircuitState.HalfOpen or CircuitState.Isolated).Select(c => c.Key).Order(StringComparer.Ordinal)];
        }
    }

    private (ResiliencePipeline Pipeline, CircuitBreakerStateProvider State) CircuitFor(string platform)
    {
        lock (_lock)
        {
            if (!_circuits.TryGetValue(platform, out var circuit))
            {
                var state = new CircuitBreakerStateProvider();
                var o = options.Value;
                var pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
                    .AddCircuitBreaker(new CircuitBreakerStrategyOptions
                    {
                        FailureRatio = o.CircuitFailureRatio,
                        MinimumThroughput = o.CircuitMinimumThroughput,
                        SamplingDuration = o.CircuitSamplingDuration,
                        BreakDuration = o.CircuitBreakDuration,
                        StateProvider = state,
                        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && !(e is IDeliveryFailure { IsPermanent: true } || e is OperationCanceledException)),
                    })
                    .AddTimeout(o.SendTimeout)
                    .Build();
                circuit = (pipeline, state);
                _circuits[platform] = circuit;
            }

            return circuit;
        }
    }
}

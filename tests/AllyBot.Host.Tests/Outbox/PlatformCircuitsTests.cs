using AllyBot.Core.Outbox;
using AllyBot.Host.Outbox;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AllyBot.Host.Tests.Outbox;

/// <summary>The per-platform circuit and timeout around outbox sends, with a fake platform that fails on purpose.</summary>
public sealed class PlatformCircuitsTests
{
    /// <summary>Circuits that open after 3 sends of which half failed, for a minute; shared with other outbox tests.</summary>
    internal static PlatformCircuits Circuits(TimeSpan? timeout = null) => new(
        Options.Create(new OutboxOptions
        {
            CircuitMinimumThroughput = 3,
            CircuitFailureRatio = 0.5,
            CircuitSamplingDuration = TimeSpan.FromMinutes(1),
            CircuitBreakDuration = TimeSpan.FromMinutes(1),
            SendTimeout = timeout ?? TimeSpan.FromSeconds(30),
        }),
        TimeProvider.System);

    [Test]
    public async Task Execute_PlatformKeepsFailing_OpensAndFailsFastWithoutCallingIt()
    {
        var circuits = Circuits();
        var calls = 0;
        Task<int> FailingSend(CancellationToken token)
        {
            calls++;
            throw new HttpRequestException("platform down");
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.That(() => circuits.ExecuteAsync("Slack", FailingSend), Throws.InstanceOf<HttpRequestException>());
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => circuits.ExecuteAsync("Slack", FailingSend), Throws.InstanceOf<BrokenCircuitException>());
            Assert.That(calls, Is.EqualTo(3), "an open circuit does not call the platform");
            Assert.That(circuits.OpenCircuits(), Is.EqualTo(new[] { "Slack" }));
        }
    }

    [Test]
    public async Task Execute_OnePlatformOpen_OtherPlatformStillSends()
    {
        var circuits = Circuits();
        for (var i = 0; i < 3; i++)
        {
            Assert.That(() => circuits.ExecuteAsync<int>("Teams", _ => throw new HttpRequestException("down")), Throws.InstanceOf<HttpRequestException>());
        }

        Assert.That(await circuits.ExecuteAsync("Slack", _ => Task.FromResult(7)), Is.EqualTo(7));
        Assert.That(circuits.OpenCircuits(), Is.EqualTo(new[] { "Teams" }));
    }

    [Test]
    public async Task Execute_PermanentFailures_DoNotOpenTheCircuit()
    {
        var circuits = Circuits();
        for (var i = 0; i < 5; i++)
        {
            Assert.That(() => circuits.ExecuteAsync<int>("Slack", _ => throw new PermanentFailure()), Throws.InstanceOf<PermanentFailure>());
        }

        Assert.That(await circuits.ExecuteAsync("Slack", _ => Task.FromResult(1)), Is.EqualTo(1));
        Assert.That(circuits.OpenCircuits(), Is.Empty);
    }

    [Test]
    public void Execute_SendHangs_TimesOut()
    {
        var circuits = Circuits(TimeSpan.FromMilliseconds(100));

        Assert.That(
            () => circuits.ExecuteAsync("Slack", async token => { await Task.Delay(TimeSpan.FromSeconds(30), token); return 1; }),
            Throws.InstanceOf<TimeoutRejectedException>());
    }

    private sealed class PermanentFailure : Exception, IDeliveryFailure
    {
        public TimeSpan? RetryAfter => null;

        public bool IsPermanent => true;

        public string ErrorCode => "channel_not_found";
    }
}

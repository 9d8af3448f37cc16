using AllyBot.Storage.Connections;

namespace AllyBot.Storage.Tests.Connections;

public sealed class ConnectionGateTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Test]
    public async Task RunAsync_SingleGateWhileTaken_NextWaitsUntilTheHolderIsDone()
    {
        var gate = ConnectionGate.Single();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = gate.RunAsync(async () => { holding.SetResult(); await release.Task; return 1; });
        await holding.Task.WaitAsync(Timeout);

        var second = gate.RunAsync(() => Task.FromResult(2));
        await Task.Delay(50);
        Assert.That(second.IsCompleted, Is.False, "the second unit ran while the first held the gate");

        release.SetResult();
        Assert.That(await Task.WhenAll(first, second).WaitAsync(Timeout), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task RunAsync_Waiters_AdmittedInArrivalOrder()
    {
        var gate = ConnectionGate.Single();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new List<int>();
        var holder = gate.RunAsync(async () => { await release.Task; return 0; });
        var waiters = Enumerable.Range(1, 5).Select(i => gate.RunAsync(() => { lock (order) { order.Add(i); } return Task.FromResult(i); })).ToList();

        release.SetResult();
        await Task.WhenAll(waiters.Append(holder)).WaitAsync(Timeout);

        Assert.That(order, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public async Task RunAsync_NestedInsideAHolder_PassesThroughInsteadOfDeadlocking()
    {
        var gate = ConnectionGate.Single();

        var result = await gate.RunAsync(() => gate.RunAsync(() => Task.FromResult("inner"))).WaitAsync(Timeout);

        Assert.That(result, Is.EqualTo("inner"));
    }

    [Test]
    public async Task RunAsync_AfterANestedUnitReturned_OtherFlowsStillWait()
    {
        var gate = ConnectionGate.Single();
        await gate.RunAsync(() => gate.RunAsync(() => Task.FromResult(0)));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(async () => { await release.Task; return 1; });

        var other = gate.RunAsync(() => Task.FromResult(2));
        await Task.Delay(50);

        Assert.That(other.IsCompleted, Is.False);
        release.SetResult();
        await Task.WhenAll(holder, other).WaitAsync(Timeout);
    }

    [Test]
    public async Task RunAsync_HolderFails_GateIsFreedForTheNext()
    {
        var gate = ConnectionGate.Single();

        Assert.ThrowsAsync<InvalidOperationException>(() => gate.RunAsync<int>(() => throw new InvalidOperationException("boom")));

        Assert.That(await gate.RunAsync(() => Task.FromResult(7)).WaitAsync(Timeout), Is.EqualTo(7));
    }

    [Test]
    public async Task RunAsync_GateTakenLongerThanTheTimeout_ThrowsTimeoutNamingTheWait()
    {
        var gate = ConnectionGate.Single(TimeSpan.FromMilliseconds(100));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = gate.RunAsync(async () => { await release.Task; return 0; });

        var e = Assert.ThrowsAsync<TimeoutException>(() => gate.RunAsync(() => Task.FromResult(1)));

        Assert.That(e!.Message, Does.Contain("stayed busy"));
        release.SetResult();
        await holder.WaitAsync(Timeout);
    }

    [Test]
    public async Task RunAsync_None_AdmitsEveryUnitAtOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = ConnectionGate.None.RunAsync(async () => { await release.Task; return 0; });

        Assert.That(await ConnectionGate.None.RunAsync(() => Task.FromResult(1)).WaitAsync(Timeout), Is.EqualTo(1));
        release.SetResult();
        await holder.WaitAsync(Timeout);
    }
}

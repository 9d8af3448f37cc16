using AllyBot.Core.Telemetry;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AllyBot.Core.Tests.Telemetry;

public sealed class AllyBotMetricsTests
{
    private readonly ConversationScript _script = new();

    private MetricCollector<long> Collect(string instrument) => new(_script.MeterFactory, AllyBotMetrics.MeterName, instrument);

    [Test]
    public async Task Nudge_SentAndRateLimited_AreCountedByReasonWithoutUsersOrText()
    {
        using var sent = Collect("allybot.nudges.sent");
        using var suppressed = Collect("allybot.nudges.suppressed");

        await _script.SayAsync("U1", "hey guys");
        await _script.SayAsync("U1", "hey guys");

        Assert.That(sent.GetMeasurementSnapshot().Sum(m => m.Value), Is.EqualTo(1));
        var measurement = suppressed.GetMeasurementSnapshot().Single();
        Assert.That(measurement.Tags["reason"], Is.EqualTo(SuppressionReasons.RateLimited));
        Assert.That(measurement.Tags.Keys, Is.EquivalentTo(new[] { "reason" }));
    }

    [Test]
    public async Task Nudge_InfoOnly_IsCountedBelowFloor()
    {
        using var suppressed = Collect("allybot.nudges.suppressed");

        await _script.SayAsync("U1", "a cakewalk");

        Assert.That(suppressed.GetMeasurementSnapshot().Single().Tags["reason"], Is.EqualTo(SuppressionReasons.BelowFloor));
    }

    [Test]
    public async Task Command_Unknown_IsCountedAsUnknownNotByWhatWasTyped()
    {
        using var commands = Collect("allybot.commands");

        await _script.AllyAsync("U1", "my-secret-plan");

        Assert.That(commands.GetMeasurementSnapshot().Single().Tags["verb"], Is.EqualTo("unknown"));
    }
}

using AllyBot.Core.Voices;

namespace AllyBot.Core.Tests.Voices;

public sealed class VoicesTriggersTests
{
    private static readonly VoicesSnapshot[] FourSteadyWeeks = [Week(0.80), Week(0.78), Week(0.82), Week(0.80)]; // median (0.80 + 0.80)/2 = 0.80

    [TestCase(0.60, TriggerReason.Fired)]                  // ≤ 0.70, and 0.80 − 0.60 = 0.20 ≥ 0.10
    [TestCase(0.70, TriggerReason.Fired)]                  // at the ceiling, 0.10 below: both bounds inclusive
    [TestCase(0.7001, TriggerReason.EntropyAboveCeiling)]  // just above 0.70
    [TestCase(0.95, TriggerReason.EntropyAboveCeiling)]
    public void Evaluate_AroundEntropyCeiling_FiresOnlyAtOrBelow(double entropy, TriggerReason expected) =>
        Assert.That(VoicesTriggers.Evaluate(Week(entropy), FourSteadyWeeks).InviteInput.Reason, Is.EqualTo(expected));

    [TestCase(0.60, TriggerReason.Fired)]                   // 0.70 − 0.60 = 0.10 exactly (0.0999… in binary; tolerated)
    [TestCase(0.61, TriggerReason.NotEnoughBelowBaseline)]  // 0.09 below
    [TestCase(0.65, TriggerReason.NotEnoughBelowBaseline)]  // low, but this channel's normal
    public void Evaluate_AroundBaselineDrop_FiresOnlyTenPointsBelowMedian(double entropy, TriggerReason expected)
    {
        // Five weeks, odd count: sorted 0.50, 0.60, 0.70, 0.80, 0.90 → median 0.70.
        VoicesSnapshot[] history = [Week(0.50), Week(0.90), Week(0.70), Week(0.80), Week(0.60)];

        Assert.That(VoicesTriggers.Evaluate(Week(entropy), history).InviteInput.Reason, Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_ThreePriorWeeks_NoTriggerForLackOfHistory()
    {
        var report = VoicesTriggers.Evaluate(Week(0.20), FourSteadyWeeks[..3]);

        Assert.That(report.InviteInput, Is.EqualTo(new TriggerDecision(TriggerReason.InsufficientHistory)));
        Assert.That(report.InviteInput.Fired, Is.False);
    }

    [Test]
    public void Evaluate_LongHistory_UsesTheMostRecentEightWeeks()
    {
        // Oldest first. Last 8: 0.66×4, 0.90×4 → median 0.78, and 0.78 − 0.60 = 0.18 → fires.
        // (All ten or the first eight would give a median of 0.66 → 0.06 → no trigger.)
        VoicesSnapshot[] history = [.. Enumerable.Repeat(Week(0.66), 6), .. Enumerable.Repeat(Week(0.90), 4)];

        Assert.That(VoicesTriggers.Evaluate(Week(0.60), history).InviteInput.Fired, Is.True);
    }

    [TestCase(0.875, TriggerReason.Fired)]
    [TestCase(0.51, TriggerReason.Fired)]
    [TestCase(0.50, TriggerReason.CreditSpreadEnough)] // "more than half"
    [TestCase(0.20, TriggerReason.CreditSpreadEnough)]
    public void Evaluate_CreditTopFifthShare_FiresAboveHalf(double share, TriggerReason expected)
    {
        var current = Week(0.9) with { Credits = new CreditConcentration(8, share, 0.5) };

        Assert.That(VoicesTriggers.Evaluate(current, []).CreditConcentrating.Reason, Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_NoCredits_CreditTriggerSaysSo() =>
        Assert.That(VoicesTriggers.Evaluate(Week(0.9), []).CreditConcentrating.Reason, Is.EqualTo(TriggerReason.NoCredits));

    [Test]
    public void Evaluate_FewerThanFiveMembers_NeitherFires()
    {
        var current = Week(0.2) with { EligibleMembers = 4, Credits = new CreditConcentration(8, 1.0, 1.0) };

        var report = VoicesTriggers.Evaluate(current, FourSteadyWeeks);

        Assert.That((report.InviteInput.Reason, report.CreditConcentrating.Reason), Is.EqualTo((TriggerReason.TooFewMembers, TriggerReason.TooFewMembers)));
        Assert.That(report.AnyFired, Is.False);
    }

    private static VoicesSnapshot Week(double entropy) => new(10, 100, entropy, 0.5, 0.8, 0.4, null);
}

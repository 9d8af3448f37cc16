using AllyBot.Core.Voices;

namespace AllyBot.Core.Tests.Voices;

public sealed class VoicesMeterTests
{
    private const double Precision = 1e-9;

    [Test]
    public void Measure_FourMembers_SuppressedForTooFewMembers()
    {
        var result = VoicesMeter.Measure(Roster(30, 30, 30, 30));

        Assert.That(result, Is.EqualTo(new VoicesSuppressed(SuppressionReason.TooFewMembers)));
        Assert.That(((VoicesSuppressed)result).Explanation, Does.Contain("fewer than 5 members").And.Not.Contain("4"));
    }

    [Test]
    public void Measure_TwentyNineMessages_SuppressedForTooFewMessages()
    {
        // 6 + 6 + 6 + 6 + 5 = 29 < 30.
        var result = VoicesMeter.Measure(Roster(6, 6, 6, 6, 5));

        Assert.That(result, Is.EqualTo(new VoicesSuppressed(SuppressionReason.TooFewMessages)));
        Assert.That(((VoicesSuppressed)result).Explanation, Does.Contain("fewer than 30 messages").And.Not.Contain("29"));
    }

    [Test]
    public void Measure_FiveMembersThirtyMessages_IsReported() =>
        Assert.That(VoicesMeter.Measure(Roster(6, 6, 6, 6, 6)), Is.TypeOf<VoicesMeasured>());

    [Test]
    public void Measure_PerfectlyEvenChannel_EntropyOneGiniZero()
    {
        var snapshot = Measured(Roster(6, 6, 6, 6, 6));

        Assert.That(snapshot.EligibleMembers, Is.EqualTo(5));
        Assert.That(snapshot.Messages, Is.EqualTo(30));
        Assert.That(snapshot.Entropy, Is.EqualTo(1).Within(Precision));
        Assert.That(snapshot.Gini, Is.EqualTo(0).Within(Precision));
        Assert.That(snapshot.SpeakerShare, Is.EqualTo(1));
        Assert.That(snapshot.TopFifthShare, Is.EqualTo(0.2).Within(Precision), "6 of 30");
    }

    [Test]
    public void Measure_OneSpeaker_EntropyZeroGiniOne()
    {
        var snapshot = Measured(Roster(30, 0, 0, 0, 0));

        Assert.That(snapshot.Entropy, Is.EqualTo(0).Within(Precision));
        Assert.That(snapshot.Gini, Is.EqualTo(1).Within(Precision));
        Assert.That(snapshot.SpeakerShare, Is.EqualTo(0.2), "1 of 5");
        Assert.That(snapshot.TopFifthShare, Is.EqualTo(1).Within(Precision));
    }

    [Test]
    public void Measure_QuietHalfIncluded_CountsThem()
    {
        // Ten members, five silent: E = ln 5 / ln 10 = 0.6989700, G = 0.5 · 10/9, speakers 5/10, top ⌈10/5⌉ = 2 → 20 of 50.
        var snapshot = Measured(Roster(10, 10, 10, 10, 10, 0, 0, 0, 0, 0));

        Assert.That(snapshot.Entropy, Is.EqualTo(0.6989700).Within(1e-6));
        Assert.That(snapshot.Gini, Is.EqualTo(5.0 / 9).Within(Precision));
        Assert.That(snapshot.SpeakerShare, Is.EqualTo(0.5));
        Assert.That(snapshot.TopFifthShare, Is.EqualTo(0.4).Within(Precision));
    }

    [Test]
    public void Measure_PartTimerAtHalfTime_IsScaledToFullTime()
    {
        // 5 messages at 0.5 of a week counts as 10: everyone at 10, perfectly even; the message total stays raw (45).
        var roster = Roster(10, 10, 10, 10).Append(new MemberActivity(5, 0, WorkingDayFraction: 0.5)).ToList();

        var snapshot = Measured(roster);

        Assert.That(snapshot.Entropy, Is.EqualTo(1).Within(Precision));
        Assert.That(snapshot.Messages, Is.EqualTo(45));
    }

    [Test]
    public void Measure_NoCredits_HasNoCreditConcentration() =>
        Assert.That(Measured(Roster(6, 6, 6, 6, 6)).Credits, Is.Null);

    [Test]
    public void Measure_CreditsToFewPeople_Concentrated()
    {
        // Credits over ten members: 6, 1, 1 and seven zeros; Σ = 8.
        // Top ⌈10/5⌉ = 2: (6 + 1) / 8 = 0.875.
        // Gini, sorted ascending [0×7, 1, 1, 6]: Σ (2k − N − 1) x₍ₖ₎ = 5·1 + 7·1 + 9·6 = 66;
        // G = 66 / (N Σx) = 66/80 = 0.825; × 10/9 = 0.9166….
        int[] credits = [6, 1, 1, 0, 0, 0, 0, 0, 0, 0];
        var roster = credits.Select(c => new MemberActivity(5, c)).ToList();

        var concentration = Measured(roster).Credits!;

        Assert.That(concentration.Credits, Is.EqualTo(8));
        Assert.That(concentration.TopFifthShare, Is.EqualTo(0.875).Within(Precision));
        Assert.That(concentration.Gini, Is.EqualTo(0.825 * 10 / 9).Within(Precision));
    }

    [Test]
    public void MemberActivity_NegativeCount_Throws() =>
        Assert.That(() => new MemberActivity(-1, 0), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase(0)]
    [TestCase(1.5)]
    public void MemberActivity_FractionOutsideRange_Throws(double fraction) =>
        Assert.That(() => new MemberActivity(1, 0, fraction), Throws.TypeOf<ArgumentOutOfRangeException>());

    private static List<MemberActivity> Roster(params int[] messages) => [.. messages.Select(m => new MemberActivity(m, 0))];

    private static VoicesSnapshot Measured(IReadOnlyList<MemberActivity> roster) =>
        VoicesMeter.Measure(roster) is VoicesMeasured measured ? measured.Snapshot : throw new AssertionException("suppressed");
}

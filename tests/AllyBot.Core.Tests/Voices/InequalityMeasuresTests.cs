using AllyBot.Core.Voices;

namespace AllyBot.Core.Tests.Voices;

public sealed class InequalityMeasuresTests
{
    private const double Precision = 1e-9;

    private static readonly double[] Even = [6, 6, 6, 6, 6];
    private static readonly double[] OneSpeaker = [30, 0, 0, 0, 0];

    // Σ = 30; p = 1/30, 2/30, 3/30, 4/30, 20/30.
    private static readonly double[] Skewed = [1, 2, 3, 4, 20];

    [Test]
    public void NormalisedEntropy_PerfectlyEven_IsOne() =>
        // pᵢ = 1/5: −5 · (1/5) ln(1/5) = ln 5; ln 5 / ln 5 = 1.
        Assert.That(InequalityMeasures.NormalisedEntropy(Even), Is.EqualTo(1).Within(Precision));

    [Test]
    public void NormalisedEntropy_OneSpeaker_IsZero() =>
        // p = (1, 0, 0, 0, 0): −1 · ln 1 − 4 · (0 · ln 0 := 0) = 0.
        Assert.That(InequalityMeasures.NormalisedEntropy(OneSpeaker), Is.EqualTo(0).Within(Precision));

    [Test]
    public void NormalisedEntropy_Skewed_MatchesHandComputation() =>
        // p ln p: 1/30·ln(1/30) = −0.1133732, 2/30·ln(2/30) = −0.1805367, 0.1·ln 0.1 = −0.2302585,
        //         4/30·ln(4/30) = −0.2686537, 20/30·ln(20/30) = −0.2703101; −Σ = 1.0631322.
        // E = 1.0631322 / ln 5 (1.6094379) = 0.6605612.
        Assert.That(InequalityMeasures.NormalisedEntropy(Skewed), Is.EqualTo(0.6605612).Within(1e-6));

    [Test]
    public void Gini_PerfectlyEven_IsZero() =>
        Assert.That(InequalityMeasures.Gini(Even), Is.EqualTo(0).Within(Precision));

    [Test]
    public void Gini_OneSpeakerSmallGroup_IsOneAfterCorrection() =>
        // Σᵢⱼ |xᵢ − xⱼ| = 2 · 4 · 30 = 240; 2N²x̄ = 2 · 25 · 6 = 300; G = 0.8; × N/(N−1) = 5/4 → 1.
        Assert.That(InequalityMeasures.Gini(OneSpeaker), Is.EqualTo(1).Within(Precision));

    [Test]
    public void Gini_Skewed_MatchesHandComputation() =>
        // Pairs i<j: |1−2|+|1−3|+|1−4|+|1−20|+|2−3|+|2−4|+|2−20|+|3−4|+|3−20|+|4−20|
        //          = 1+2+3+19+1+2+18+1+17+16 = 80; over all ordered pairs 160.
        // 2N²x̄ = 2 · 25 · 6 = 300; G = 160/300 = 0.5333…; × 5/4 = 0.6666….
        Assert.That(InequalityMeasures.Gini(Skewed), Is.EqualTo(2.0 / 3).Within(Precision));

    [Test]
    public void Gini_TwentyMembers_HasNoSmallSampleCorrection()
    {
        // One speaker among N: G = (N−1)/N uncorrected. N = 20 → 0.95; N = 19 is corrected → 1.
        double[] twenty = [20, .. new double[19]];
        double[] nineteen = [19, .. new double[18]];

        Assert.That(InequalityMeasures.Gini(twenty), Is.EqualTo(0.95).Within(Precision));
        Assert.That(InequalityMeasures.Gini(nineteen), Is.EqualTo(1).Within(Precision));
    }

    [Test]
    public void Measures_ZerosIncludedOrExcluded_Differ()
    {
        double[] withZeros = [10, 10, 10, 10, 10, 0, 0, 0, 0, 0];
        double[] posters = [10, 10, 10, 10, 10];

        // With zeros, N = 10: five at p = 1/5 → −Σ p ln p = ln 5; E = ln 5 / ln 10 = 1.6094379/2.3025851 = 0.6989700.
        // Gini: 5·5 unequal pairs each way, |10 − 0| → 2·25·10 = 500; 2N²x̄ = 2·100·5 = 1000 → 0.5; × 10/9 = 0.5555….
        Assert.That(InequalityMeasures.NormalisedEntropy(withZeros), Is.EqualTo(0.6989700).Within(1e-6));
        Assert.That(InequalityMeasures.Gini(withZeros), Is.EqualTo(5.0 / 9).Within(Precision));

        // Only the people who posted hides the five quiet members: perfectly even.
        Assert.That(InequalityMeasures.NormalisedEntropy(posters), Is.EqualTo(1).Within(Precision));
        Assert.That(InequalityMeasures.Gini(posters), Is.EqualTo(0).Within(Precision));
    }

    [TestCase(5, 1)]
    [TestCase(6, 2)]
    [TestCase(10, 2)]
    [TestCase(11, 3)]
    [TestCase(23, 5)]
    public void TopFifthCount_Members_IsCeilingOfAFifth(int members, int expected) =>
        Assert.That(InequalityMeasures.TopFifthCount(members), Is.EqualTo(expected));

    [Test]
    public void TopFifthShare_FiveMembers_IsTheTopOne() =>
        // ⌈5/5⌉ = 1 member: 20 of 30.
        Assert.That(InequalityMeasures.TopFifthShare(Skewed), Is.EqualTo(20.0 / 30).Within(Precision));

    [Test]
    public void TopFifthShare_SixMembers_IsTheTopTwo() =>
        // ⌈6/5⌉ = 2 members: (10 + 6) of 20 = 0.8.
        Assert.That(InequalityMeasures.TopFifthShare([1, 10, 1, 6, 1, 1]), Is.EqualTo(0.8).Within(Precision));

    [Test]
    public void Measures_OneMember_Throw() =>
        Assert.That(() => InequalityMeasures.Gini([5]), Throws.ArgumentException);

    [Test]
    public void Measures_AllZero_Throw() =>
        Assert.That(() => InequalityMeasures.NormalisedEntropy([0, 0, 0]), Throws.ArgumentException.With.Message.Contains("total is zero"));

    [Test]
    public void Measures_Negative_Throw() =>
        Assert.That(() => InequalityMeasures.TopFifthShare([3, -1, 2]), Throws.ArgumentException);
}

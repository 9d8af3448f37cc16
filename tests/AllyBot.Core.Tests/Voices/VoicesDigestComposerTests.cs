using AllyBot.Core.Voices;

namespace AllyBot.Core.Tests.Voices;

public sealed class VoicesDigestComposerTests
{
    private const double Precision = 1e-9;

    // Four prior weeks; an even count, so the median is the mean of the middle two of the sorted values:
    // E 0.78 [0.80 0.80] 0.82 → 0.80; G 0.25 [0.30 0.35] 0.40 → 0.325; speakers 0.80 [0.80 0.90] 0.90 → 0.85;
    // top fifth 0.30 [0.35 0.40] 0.45 → 0.375; credit share 0.30 [0.40 0.45] 0.50 → 0.425; credit Gini 0.45 [0.50 0.55] 0.60 → 0.525.
    private static readonly VoicesSnapshot[] History =
    [
        new(10, 120, 0.80, 0.30, 0.90, 0.35, new CreditConcentration(6, 0.40, 0.50)),
        new(10, 110, 0.78, 0.40, 0.80, 0.40, new CreditConcentration(5, 0.45, 0.55)),
        new(10, 130, 0.82, 0.25, 0.90, 0.30, new CreditConcentration(7, 0.30, 0.45)),
        new(10, 100, 0.80, 0.35, 0.80, 0.45, new CreditConcentration(6, 0.50, 0.60)),
    ];

    private static readonly VoicesSnapshot Healthy = new(10, 115, 0.81, 0.32, 0.90, 0.36, new CreditConcentration(6, 0.40, 0.50));

    [Test]
    public void Compose_NothingFired_NoSuggestionsAndNotSent()
    {
        var digest = VoicesDigestComposer.Compose(Healthy, History);

        Assert.That(digest.Suggestions, Is.Empty);
        Assert.That(digest.ShouldSend, Is.False);
    }

    [Test]
    public void Compose_EveryNumber_AgainstItsEightWeekMedian()
    {
        var digest = VoicesDigestComposer.Compose(Healthy, History);

        Assert.That(digest.Metrics.Select(m => m.Metric), Is.EqualTo(Enum.GetValues<VoicesMetric>()));
        Assert.That(digest.Metrics.Select(m => m.Value), Is.EqualTo(new[] { 0.81, 0.32, 0.90, 0.36, 0.40, 0.50 }));
        Assert.That(digest.Metrics.Select(m => m.EightWeekMedian!.Value).ToArray(), Is.EqualTo(new[] { 0.80, 0.325, 0.85, 0.375, 0.425, 0.525 }).Within(Precision));
        Assert.That(digest.Metrics[0].ChangeFromMedian, Is.EqualTo(0.01).Within(Precision));
    }

    [Test]
    public void Compose_ShortHistory_NumbersWithoutMedians()
    {
        var digest = VoicesDigestComposer.Compose(Healthy, History[..3]);

        Assert.That(digest.Metrics.Select(m => m.EightWeekMedian), Is.All.Null);
        Assert.That(digest.Metrics[0].ChangeFromMedian, Is.Null);
    }

    [Test]
    public void Compose_NoCreditsThisWeek_LeavesCreditNumbersOut() =>
        Assert.That(VoicesDigestComposer.Compose(Healthy with { Credits = null }, History).Metrics.Select(m => m.Metric),
            Is.EqualTo(new[] { VoicesMetric.Entropy, VoicesMetric.Gini, VoicesMetric.SpeakerShare, VoicesMetric.TopFifthShare }));

    [Test]
    public void Compose_LowEntropy_SuggestsRoundRobinAndAsyncInput()
    {
        // E 0.60 ≤ 0.70 and 0.20 below the 0.80 median.
        var digest = VoicesDigestComposer.Compose(Healthy with { Entropy = 0.60 }, History);

        Assert.That(digest.ShouldSend, Is.True);
        Assert.That(digest.Suggestions.Select(s => s.Kind), Is.EqualTo(new[] { SuggestionKind.RoundRobin, SuggestionKind.AsyncInput }));
    }

    [Test]
    public void Compose_CreditConcentrating_SuggestsCreditByNameAndAsyncInput()
    {
        var digest = VoicesDigestComposer.Compose(Healthy with { Credits = new CreditConcentration(8, 0.75, 0.8) }, History);

        Assert.That(digest.Suggestions.Select(s => s.Kind), Is.EqualTo(new[] { SuggestionKind.CreditByName, SuggestionKind.AsyncInput }));
    }

    [Test]
    public void Compose_BothFired_ThreeSuggestions()
    {
        var digest = VoicesDigestComposer.Compose(Healthy with { Entropy = 0.55, Credits = new CreditConcentration(8, 0.75, 0.8) }, History);

        Assert.That(digest.Suggestions.Select(s => s.Kind), Is.EqualTo(new[] { SuggestionKind.RoundRobin, SuggestionKind.AsyncInput, SuggestionKind.CreditByName }));
    }

    [Test]
    public void Compose_Suggestions_AreFixedGroupLevelTexts()
    {
        var digest = VoicesDigestComposer.Compose(Healthy with { Entropy = 0.55, Credits = new CreditConcentration(8, 0.75, 0.8) }, History);

        Assert.That(digest.Suggestions, Is.EqualTo(new[] { DigestSuggestion.RoundRobin, DigestSuggestion.AsyncInput, DigestSuggestion.CreditByName }));
        Assert.That(digest.Suggestions.Select(s => s.Text), Has.None.Contains("@").And.None.Contains("{"));
    }
}

using AllyBot.Rules.Matching;

namespace AllyBot.Rules.Tests.Matching;

public sealed class RulePatternsTests
{
    private const string Heavy = @"\b(die|alle|unsere|eure|ihre|meine|viele|einige|mehrere|diese|keine|liebe|jede[rnm])\s+(\p{L}+e[nr]?\s+){0,2}(\p{L}+-)?\p{L}*";

    /// <summary>A German-pack-sized pattern ending in a word of its own: <c>wortaa</c>, <c>wortab</c> ...</summary>
    private static string Pattern(int i)
    {
        var word = $"wort{(char)('a' + (i / 5))}{(char)('a' + (i % 5))}";
        return $@"{Heavy}{word}\b|\b(\p{{L}}+-)?\p{{L}}*{word}n\b|\b(\p{{L}}+-)?\p{{L}}*{word}\s+(sind|haben|sollen|m(ü|ue)ssen|k(ö|oe)nnen)\b";
    }

    [Test]
    public void CompileUnions_TooManyForOneUnion_SplitsIntoRunsCoveringEveryPattern()
    {
        var patterns = Enumerable.Range(0, 30).Select(i => (Pattern(i), false)).ToList();

        var unions = RulePatterns.CompileUnions(patterns);

        Assert.Multiple(() =>
        {
            Assert.That(unions, Has.Count.GreaterThan(1));
            Assert.That(unions.Sum(u => u.Count), Is.EqualTo(patterns.Count));
            Assert.That(unions.Select(u => u.First), Is.EqualTo(unions.Select((u, i) => unions.Take(i).Sum(p => p.Count))));
        });
    }

    [Test]
    public void CompileUnions_ManyHeavyPatternRules_AllStillMatch()
    {
        var rules = Enumerable.Range(0, 30)
            .Select(i => TestRules.Rule($"de/test/r{i}", pattern: Pattern(i), locale: "de"))
            .ToArray();

        Assert.That(TestRules.Set(rules).Matches("alle neuen Testwortaa und die Wortfe"), Is.EqualTo(new[] { "alle neuen Testwortaa", "die Wortfe" }));
    }

    [Test]
    public void CompileUnions_None_IsEmpty() =>
        Assert.That(RulePatterns.CompileUnions([]), Is.Empty);
}

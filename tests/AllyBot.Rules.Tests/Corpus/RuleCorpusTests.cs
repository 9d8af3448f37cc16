using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;
using AllyBot.Rules.Validation;

namespace AllyBot.Rules.Tests.Corpus;

/// <summary>The shipped <c>rules/</c> folder: it validates, and every rule's examples behave as documented.</summary>
public sealed class RuleCorpusTests
{
    private static readonly Lazy<RuleSetLoadResult> Loaded = new(() => RuleSetLoader.Load(RepositoryPaths.Rules));

    private static RuleSet Shipped => RuleSet.Create(Loaded.Value.Rules);

    [Test]
    public void Corpus_EveryFile_Validates() =>
        Assert.That(Loaded.Value.Errors.Select(e => e.ToString()), Is.Empty);

    [Test]
    public void Corpus_EveryExample_BehavesAsDocumented() =>
        Assert.That(ExampleVerifier.Verify(Shipped).Select(e => e.ToString()), Is.Empty);

    [Test]
    public void Corpus_Size_IsAtLeast150Rules() =>
        Assert.That(Loaded.Value.Rules, Has.Count.GreaterThanOrEqualTo(150));

    [TestCase("gendered-language")]
    [TestCase("ableism")]
    [TestCase("race-ethnicity")]
    [TestCase("age")]
    [TestCase("lgbtq")]
    [TestCase("religion")]
    [TestCase("class")]
    [TestCase("technology")]
    [TestCase("violent-idioms")]
    public void Corpus_Category_HasRules(string category) =>
        Assert.That(Loaded.Value.Rules.Count(r => r.Category == category), Is.GreaterThanOrEqualTo(3));

    [Test]
    public void Corpus_EveryFile_NamesTheSchemaForEditors()
    {
        var missing = Directory.EnumerateFiles(RepositoryPaths.Rules, "*.yml", SearchOption.AllDirectories)
            .Where(f => !File.ReadLines(f).First().StartsWith("# yaml-language-server: $schema=../schema/ally-rule.schema.json", StringComparison.Ordinal));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Corpus_WarningRules_AreNeverOrdinaryWords()
    {
        // Warnings interrupt most loudly; none may be a word in everyday use. Checked against our own chat corpus.
        var ordinaryChat = File.ReadLines(Path.Combine(RepositoryPaths.Root, "bot", "AllyBot.Cli", "Bench", "chat-sentences.txt"));
        var warnings = ordinaryChat.SelectMany(Shipped.Evaluate).Where(f => f.Rule.Severity == Severity.Warning).Select(f => f.Rule.Id).Distinct();

        Assert.That(warnings.Count(), Is.LessThanOrEqualTo(6), "warning-level rules fire on the bench corpus: " + string.Join(", ", warnings));
    }
}

using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;
using AllyBot.Rules.Validation;

namespace AllyBot.Rules.Tests.Corpus;

/// <summary>
/// The shipped <c>rules/</c> folder: it validates, and every rule's examples behave as documented when matched with
/// the rules of their own language (the English pack and the German pack in <c>rules/de/</c>).
/// </summary>
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
        Assert.That(Loaded.Value.Rules.Count(r => r.Locale == "en"), Is.GreaterThanOrEqualTo(150));

    [Test]
    public void Corpus_GermanPack_HasAtLeast60Rules() =>
        Assert.That(Shipped.ForLanguage("de").Rules, Has.Count.GreaterThanOrEqualTo(60));

    [Test]
    public void Corpus_Languages_AreEnglishAndGerman() =>
        Assert.That(Shipped.Languages, Is.EqualTo(new[] { "de", "en" }));

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
        Assert.Multiple(() =>
        {
            Assert.That(Shipped.ForLanguage("en").Rules.Count(r => r.Category == category), Is.GreaterThanOrEqualTo(3), "en");
            Assert.That(Shipped.ForLanguage("de").Rules.Count(r => r.Category == category), Is.GreaterThanOrEqualTo(2), "de");
        });

    [Test]
    public void Corpus_EveryFile_NamesTheSchemaForEditors()
    {
        // rules/<category>/x.yml points one folder up, rules/de/<category>/x.yml two.
        static string SchemaLine(string file) =>
            "# yaml-language-server: $schema=" + string.Concat(Enumerable.Repeat("../", Path.GetRelativePath(RepositoryPaths.Rules, file).Count(c => c is '/' or '\\')))
            + "schema/ally-rule.schema.json";

        var missing = Directory.EnumerateFiles(RepositoryPaths.Rules, "*.yml", SearchOption.AllDirectories)
            .Where(f => !File.ReadLines(f).First().Equals(SchemaLine(f), StringComparison.Ordinal));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Corpus_WarningRules_AreNeverOrdinaryWords()
    {
        // Warnings interrupt most loudly; none may be a word in everyday use. Checked against our own chat corpus.
        var ordinaryChat = File.ReadLines(Path.Combine(RepositoryPaths.Root, "bot", "AllyBot.Cli", "Bench", "chat-sentences.txt"));
        var warnings = ordinaryChat.SelectMany(Shipped.ForLanguage("en").Evaluate).Where(f => f.Rule.Severity == Severity.Warning).Select(f => f.Rule.Id).Distinct();

        Assert.That(warnings.Count(), Is.LessThanOrEqualTo(6), "warning-level rules fire on the bench corpus: " + string.Join(", ", warnings));
    }
}

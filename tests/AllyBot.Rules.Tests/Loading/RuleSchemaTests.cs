using System.Text.Json;
using AllyBot.Rules.Loading;
using AllyBot.Rules.Matching;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Loading;

/// <summary>Keeps rules/schema/ally-rule.schema.json (editor completion) in step with what the loader accepts.</summary>
public sealed class RuleSchemaTests
{
    private static JsonDocument _schema = null!;

    private static JsonElement Root => _schema.RootElement;

    private static JsonElement Property(params string[] path)
    {
        var element = Root;
        foreach (var name in path)
        {
            element = element.GetProperty("properties").GetProperty(name);
        }

        return element;
    }

    private static string[] PropertyNames(JsonElement element) =>
        [.. element.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [OneTimeSetUp]
    public static void ReadSchema() =>
        _schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "schema", "ally-rule.schema.json")));

    [OneTimeTearDown]
    public static void DisposeSchema() => _schema.Dispose();

    [Test]
    public void Schema_Dialect_IsDraft202012() =>
        Assert.That(Root.GetProperty("$schema").GetString(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));

    [Test]
    public void Schema_TopLevelProperties_AreTheLoaderFields() =>
        Assert.That(PropertyNames(Root), Is.EquivalentTo(RuleFields.TopLevel));

    [Test]
    public void Schema_MatchProperties_AreTheLoaderFields() =>
        Assert.That(PropertyNames(Property(RuleFields.Match)), Is.EquivalentTo(RuleFields.InMatch));

    [Test]
    public void Schema_ExamplesProperties_AreTheLoaderFields() =>
        Assert.That(PropertyNames(Property(RuleFields.Examples)), Is.EquivalentTo(RuleFields.InExamples));

    [Test]
    public void Schema_SeverityEnum_IsTheSeverityNamesInOrder() =>
        Assert.That(Strings(Property(RuleFields.Severity).GetProperty("enum")), Is.EqualTo(SeverityNames.All));

    [Test]
    public void Schema_EveryObject_RejectsUnknownKeys() =>
        Assert.Multiple(() =>
        {
            Assert.That(Root.GetProperty("additionalProperties").GetBoolean(), Is.False);
            Assert.That(Property(RuleFields.Match).GetProperty("additionalProperties").GetBoolean(), Is.False);
            Assert.That(Property(RuleFields.Examples).GetProperty("additionalProperties").GetBoolean(), Is.False);
        });

    [Test]
    public void Schema_RequiredFields_AreTheOnesTheLoaderRequires() =>
        Assert.Multiple(() =>
        {
            Assert.That(Strings(Root.GetProperty("required")), Is.EquivalentTo(new[]
            {
                RuleFields.Id, RuleFields.Severity, RuleFields.Match, RuleFields.Suggestions, RuleFields.Message, RuleFields.Why, RuleFields.Examples,
            }));
            Assert.That(Strings(Property(RuleFields.Examples).GetProperty("required")), Is.EquivalentTo(RuleFields.InExamples));
        });

    [Test]
    public void Schema_Match_NeedsWordsOrPattern()
    {
        var anyOf = Property(RuleFields.Match).GetProperty("anyOf").EnumerateArray().Select(a => Strings(a.GetProperty("required")).Single());

        Assert.That(anyOf, Is.EquivalentTo(RuleFields.InMatch));
    }

    [Test]
    public void Schema_Limits_AreTheLoaderLimits() =>
        Assert.Multiple(() =>
        {
            Assert.That(Property(RuleFields.Message).GetProperty("maxLength").GetInt32(), Is.EqualTo(RuleLimits.MaxMessageLength));
            Assert.That(Property(RuleFields.Why).GetProperty("maxLength").GetInt32(), Is.EqualTo(RuleLimits.MaxWhyLength));
            Assert.That(Property(RuleFields.Suggestions).GetProperty("minItems").GetInt32(), Is.EqualTo(1));
            Assert.That(Property(RuleFields.Suggestions).GetProperty("maxItems").GetInt32(), Is.EqualTo(RuleLimits.MaxSuggestions));
            Assert.That(Property(RuleFields.Examples, RuleFields.Flag).GetProperty("minItems").GetInt32(), Is.EqualTo(RuleLimits.MinExamples));
            Assert.That(Property(RuleFields.Examples, RuleFields.Pass).GetProperty("minItems").GetInt32(), Is.EqualTo(RuleLimits.MinExamples));
            Assert.That(Property(RuleFields.Match, RuleFields.Words).GetProperty("maxItems").GetInt32(), Is.EqualTo(RuleLimits.MaxPhrases));
            Assert.That(Property(RuleFields.Exceptions).GetProperty("maxItems").GetInt32(), Is.EqualTo(RuleLimits.MaxPhrases));
            Assert.That(Property(RuleFields.Match, RuleFields.Pattern).GetProperty("maxLength").GetInt32(), Is.EqualTo(RulePatterns.MaxLength));
            Assert.That(Root.GetProperty("$defs").GetProperty("phrase").GetProperty("pattern").GetString(), Does.Contain($"{{0,{RuleLimits.MaxPhraseWords - 1}}}"));
        });

    [TestCase("ableism/crazy", true)]
    [TestCase("de/ableism/behindert", true)]
    [TestCase("de/ableism/Behindert", false)]
    [TestCase("deutsch/ableism/behindert", false)]
    [TestCase("de/de/ableism/behindert", false)]
    public void Schema_IdPattern_AcceptsWhatTheLoaderAccepts(string id, bool valid)
    {
        var pattern = new System.Text.RegularExpressions.Regex(Property(RuleFields.Id).GetProperty("pattern").GetString()!);
        var errors = new List<RuleLoadError>();
        RuleFileParser.Parse("x.yml", id, $"id: {id}\n", errors);

        Assert.Multiple(() =>
        {
            Assert.That(pattern.IsMatch(id), Is.EqualTo(valid), "schema");
            Assert.That(errors.Any(e => e.Problem.Contains("must be kebab-case", StringComparison.Ordinal)), Is.EqualTo(!valid), "loader");
        });
    }

    [Test]
    public void Schema_LanguagePackId_RequiresLocale()
    {
        Assert.That(Strings(Root.GetProperty("then").GetProperty("required")), Is.EqualTo(new[] { RuleFields.Locale }));
        var ifId = new System.Text.RegularExpressions.Regex(Root.GetProperty("if").GetProperty("properties").GetProperty(RuleFields.Id).GetProperty("pattern").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(ifId.IsMatch("de/ableism/behindert"), Is.True);
            Assert.That(ifId.IsMatch("ableism/crazy"), Is.False);
        });
    }
}

using AllyBot.Rules.Loading;

namespace AllyBot.Rules.Tests.Loading;

public sealed class RuleSetLoaderTests
{
    private string _root = "";

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("allybot-rules-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private void Write(string relativePath, string id, string word = "guys", string? locale = null)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"""
            id: {id}
            {(locale is null ? "" : "locale: " + locale)}
            severity: suggestion
            match:
              words: [{word}]
            suggestions: [everyone]
            message: Try {"{suggestion}"}.
            why: Because.
            examples:
              flag: ["hi {word}", "bye {word}"]
              pass: ["hi team", "bye team"]
            """);
    }

    [Test]
    public void Load_ValidFolder_LoadsEveryRule()
    {
        Write("gendered/guys.yml", "gendered/guys");
        Write("tech/blacklist.yml", "tech/blacklist", "blacklist");

        var result = RuleSetLoader.Load(_root);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Rules.Select(r => r.Id), Is.EquivalentTo(new[] { "gendered/guys", "tech/blacklist" }));
    }

    [Test]
    public void Load_MissingFolder_SaysSo() =>
        Assert.That(RuleSetLoader.Load(Path.Combine(_root, "nope")).Errors.Single().Problem, Does.Contain("does not exist"));

    [Test]
    public void Load_EmptyFolder_SaysThereAreNoRules() =>
        Assert.That(RuleSetLoader.Load(_root).Errors.Single().Problem, Does.Contain("holds no rule files"));

    [Test]
    public void Load_SamePhraseInTwoRules_NamesBoth()
    {
        Write("gendered/guys.yml", "gendered/guys");
        Write("gendered/guys-again.yml", "gendered/guys-again");

        Assert.That(RuleSetLoader.Load(_root).Errors.Single().Problem, Does.Contain("'guys' is already matched by rule gendered/guys"));
    }

    [Test]
    public void CheckSet_DuplicateIds_AreReported()
    {
        var rule = TestRules.Rule("gendered/guys", words: ["guys"]);
        var errors = new List<RuleLoadError>();

        RuleSetLoader.CheckSet([rule, rule with { Words = ["gals"] }], errors);

        Assert.That(errors.Single().Problem, Does.Contain("'gendered/guys' is also the id"));
    }

    [TestCase("guys.yml", "rule files live at <category>/<name>.yml, or <language>/<category>/<name>.yml")]
    [TestCase("a/b/c/guys.yml", "rule files live at <category>/<name>.yml, or <language>/<category>/<name>.yml")]
    [TestCase("Deutsch/b/guys.yml", "rule files live at <category>/<name>.yml, or <language>/<category>/<name>.yml")]
    [TestCase("gendered/guys.yaml", "use the .yml extension")]
    [TestCase("Gendered/Guys.yml", "kebab-case")]
    public void Load_MisplacedFile_SaysWhereRulesLive(string relativePath, string expected)
    {
        Write(relativePath, "whatever/id");

        Assert.That(string.Join("\n", RuleSetLoader.Load(_root).Errors), Does.Contain(expected));
    }

    [Test]
    public void Load_SchemaFolder_IsNotARule()
    {
        Write("gendered/guys.yml", "gendered/guys");
        Directory.CreateDirectory(Path.Combine(_root, "schema"));
        File.WriteAllText(Path.Combine(_root, "schema", "ally-rule.schema.json"), "{}");

        Assert.That(RuleSetLoader.Load(_root).Errors, Is.Empty);
    }

    [Test]
    public void LoadOrThrow_BrokenFolder_ThrowsWithEveryError()
    {
        Write("gendered/guys.yml", "gendered/wrong");
        Write("gendered/gals.yml", "gendered/also-wrong", "gals");

        var exception = Assert.Throws<RuleLoadException>(() => RuleSetLoader.LoadOrThrow(_root));

        Assert.That(exception!.Errors, Has.Count.EqualTo(2));
    }

    [Test]
    public void Load_LanguagePack_LoadsWithLanguageInTheId()
    {
        Write("gendered/guys.yml", "gendered/guys");
        Write("de/gendered/jungs.yml", "de/gendered/jungs", "Jungs", locale: "de");
        Write("de/gendered/leute.yml", "de/gendered/leute", "Leute", locale: "de-AT");

        var result = RuleSetLoader.Load(_root);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Rules.Select(r => (r.Id, r.Category, r.Locale)), Is.EquivalentTo(new[]
        {
            ("gendered/guys", "gendered", "en"), ("de/gendered/jungs", "gendered", "de"), ("de/gendered/leute", "gendered", "de-AT"),
        }));
    }

    [TestCase("de/gendered/jungs.yml", "de/gendered/jungs", null, "locale: is required in the 'de/' language folder: add 'locale: de'")]
    [TestCase("de/gendered/jungs.yml", "de/gendered/jungs", "fr", "locale: is 'fr' but the rule lives in the 'de/' language folder; they must agree")]
    [TestCase("en/gendered/jungs.yml", "en/gendered/jungs", "en", "English rules live directly in <category>/, not in a 'en/' language folder")]
    [TestCase("gendered/jungs.yml", "gendered/jungs", "de", "locale: is 'de' but rules directly in <category>/ are English; move the file to de/gendered/jungs.yml")]
    public void Load_LocaleDisagreesWithFolder_SaysWhere(string relativePath, string id, string? locale, string expected)
    {
        Write(relativePath, id, "Jungs", locale);

        Assert.That(string.Join("\n", RuleSetLoader.Load(_root).Errors), Does.Contain(expected));
    }

    [Test]
    public void Load_SamePhraseInTwoLanguages_IsAllowed()
    {
        Write("gendered/guys.yml", "gendered/guys");
        Write("de/gendered/guys.yml", "de/gendered/guys", locale: "de");

        Assert.That(RuleSetLoader.Load(_root).Errors, Is.Empty);
    }

    [Test]
    public void Load_SamePhraseInTwoRulesOfOneLanguage_IsReported()
    {
        Write("de/gendered/jungs.yml", "de/gendered/jungs", "Jungs", locale: "de");
        Write("de/gendered/jungs-auch.yml", "de/gendered/jungs-auch", "Jungs", locale: "de-CH");

        Assert.That(RuleSetLoader.Load(_root).Errors.Single().Problem, Does.Contain("'Jungs' is already matched by rule de/gendered/jungs"));
    }
}

using AllyBot.Rules.Customizing;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Customizing;

public sealed class CustomRulesTests
{
    public const string Rockstar = """
        id: custom/rockstar
        severity: suggestion
        match:
          words: [rockstar, ninja]
        suggestions: [expert, skilled engineer]
        message: '"{match}" sounds like a club; "{suggestion}" says what you need.'
        why: Hype words in job posts put off people who do not see themselves that way.
        examples:
          flag: ["we need a rockstar", "hiring a ninja dev"]
          pass: ["the rock star played", "we need an expert"]
        """;

    private static readonly Rule Guys = TestRules.Rule("gendered-language/guys", ["guys"]);

    [Test]
    public void Check_ValidRule_ReturnsItInTheCustomCategory()
    {
        var result = CustomRules.Check(Rockstar, [Guys]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Rule!.Id, Is.EqualTo("custom/rockstar"));
            Assert.That(result.Rule.Category, Is.EqualTo("custom"));
            Assert.That(RuleSet.Create([result.Rule]).Matches("our ninja shipped it"), Is.EqualTo(new[] { "ninja" }));
        }
    }

    [TestCase("gendered-language/rockstar", "id: is 'gendered-language/rockstar'; custom rules are named custom/<name>, e.g. custom/rockstar")]
    [TestCase("rockstar", "id: is 'rockstar'; custom rules are named custom/<name>, e.g. custom/rockstar")]
    public void Check_IdOutsideCustomNamespace_RefusedWithTheFix(string id, string expected)
    {
        var result = CustomRules.Check(Rockstar.Replace("id: custom/rockstar", $"id: {id}", StringComparison.Ordinal), [Guys]);

        Assert.That(result.Errors.Select(e => e.ToString()), Has.Some.Contains(expected));
    }

    [Test]
    public void Check_BadSeverity_ExactErrorWithLineAndField()
    {
        var result = CustomRules.Check(Rockstar.Replace("severity: suggestion", "severity: loud", StringComparison.Ordinal), []);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "custom rule:2: severity: is 'loud'; use one of info, suggestion, warning" }));
    }

    [Test]
    public void Check_ExampleNotFlagged_RefusedNamingTheExample()
    {
        var result = CustomRules.Check(Rockstar.Replace("\"hiring a ninja dev\"", "\"hiring a wizard\"", StringComparison.Ordinal), []);

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "custom rule: examples.flag[1]: \"hiring a wizard\" should be flagged by this rule but is not" }));
    }

    [Test]
    public void Check_PhraseOfAShippedRule_Refused()
    {
        var result = CustomRules.Check(Rockstar.Replace("[rockstar, ninja]", "[rockstar, ninja, guys]", StringComparison.Ordinal), [Guys]);

        Assert.That(result.Errors.Select(e => e.Problem), Has.Some.EqualTo("'guys' is already matched by rule gendered-language/guys; one phrase belongs to one rule"));
    }

    [Test]
    public void Check_TooLong_RefusedBeforeParsing()
    {
        var result = CustomRules.Check(Rockstar + "\n#" + new string('x', CustomRules.MaxYamlLength), []);

        Assert.That(result.Errors.Single().Problem, Does.StartWith("is ").And.EndWith($"characters long; a custom rule is at most {CustomRules.MaxYamlLength}"));
    }

    [TestCase("", "is empty: write it as YAML with id, severity, match, suggestions, message, why and examples")]
    [TestCase("id: [custom/x", "is not valid YAML")]
    public void Check_EmptyOrBrokenYaml_Refused(string yaml, string expected)
    {
        Assert.That(CustomRules.Check(yaml, []).Errors.Select(e => e.Problem), Has.Some.StartsWith(expected));
    }

    [TestCase(@"\b(a|b){50}\b", "repeats up to 50 times")]
    [TestCase(@"x+y+z+a+b+c+d+e+f+g+h+", "has 11 quantifiers")]
    [TestCase(@"(?<=a)rockstar", "uses a construct the safe (non-backtracking) engine refuses")]
    public void Check_ComplexOrUnsafePattern_Refused(string pattern, string expected)
    {
        var yaml = Rockstar.Replace("words: [rockstar, ninja]", $"pattern: '{pattern}'", StringComparison.Ordinal);

        Assert.That(CustomRules.Check(yaml, []).Errors.Select(e => e.Problem), Has.Some.Contains(expected));
    }

    [Test]
    public void CheckComplexity_LongPattern_Refused()
    {
        Assert.That(CustomRules.CheckComplexity(new string('a', CustomRules.MaxPatternLength + 1)), Does.StartWith($"is {CustomRules.MaxPatternLength + 1} characters long"));
    }

    [Test]
    public void ParseStored_ValidRule_ParsesWithoutExamples()
    {
        Assert.That(CustomRules.ParseStored(Rockstar)?.Id, Is.EqualTo("custom/rockstar"));
    }

    [Test]
    public void ToYaml_Fields_CheckAsTheSameRule()
    {
        var fields = new CustomRuleFields(
            "rockstar", Severity.Warning, ["rockstar"], null, ["expert"], "Try {suggestion}.", "Because hype excludes.",
            ["we need a rockstar", "a rockstar dev"], ["rock star", "an expert"]);

        var result = CustomRules.Check(fields.ToYaml(), []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Rule!.Severity, Is.EqualTo(Severity.Warning));
        }
    }
}

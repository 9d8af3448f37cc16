using AllyBot.Rules.Loading;
using AllyBot.Rules.Model;

namespace AllyBot.Rules.Tests.Loading;

public sealed class RuleFileParserTests
{
    private const string ValidRule = """
        id: gendered-language/guys-for-groups
        severity: suggestion
        match:
          words: [guys, you guys]
        suggestions: [everyone, folks]
        message: 'Try "{suggestion}" instead of "{match}".'
        why: Not everyone in a mixed group is a guy.
        exceptions: [five guys]
        examples:
          flag: ["morning guys", "can you guys look?"]
          pass: ["that guy helped", "lunch at Five Guys?"]
        link: https://example.org/why
        """;

    private static (Rule? Rule, List<RuleLoadError> Errors) Parse(string yaml, string id = "gendered-language/guys-for-groups")
    {
        var errors = new List<RuleLoadError>();
        return (RuleFileParser.Parse("rules/x.yml", id, yaml, errors), errors);
    }

    private static string OnlyError(string yaml, string id = "gendered-language/guys-for-groups")
    {
        var (rule, errors) = Parse(yaml, id);
        Assert.That(rule, Is.Null);
        Assert.That(errors, Is.Not.Empty);
        return string.Join("\n", errors);
    }

    [Test]
    public void Parse_ValidRule_ReadsEveryField()
    {
        var (rule, errors) = Parse(ValidRule);

        Assert.That(errors, Is.Empty);
        Assert.That(rule, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(rule!.Id, Is.EqualTo("gendered-language/guys-for-groups"));
            Assert.That(rule.Category, Is.EqualTo("gendered-language"));
            Assert.That(rule.Severity, Is.EqualTo(Severity.Suggestion));
            Assert.That(rule.Words, Is.EqualTo(new[] { "guys", "you guys" }));
            Assert.That(rule.Suggestions, Is.EqualTo(new[] { "everyone", "folks" }));
            Assert.That(rule.Exceptions, Is.EqualTo(new[] { "five guys" }));
            Assert.That(rule.Examples.Flag, Has.Count.EqualTo(2));
            Assert.That(rule.Link, Is.EqualTo("https://example.org/why"));
            Assert.That(rule.Locale, Is.EqualTo("en"));
            Assert.That(rule.Enabled, Is.True);
            Assert.That(rule.RenderMessage("guys"), Is.EqualTo("Try \"everyone\" instead of \"guys\"."));
        });
    }

    [Test]
    public void Parse_BrokenYaml_ReportsLineAndCause() =>
        Assert.That(OnlyError("id: x\nwhy: 'unclosed\nseverity: info"), Does.StartWith("rules/x.yml:").And.Contain("not valid YAML"));

    [Test]
    public void Parse_UnclosedList_IsInvalidYamlNotACrash() =>
        Assert.That(OnlyError("id: x\nmatch: [unclosed\nwhy: y"), Does.Contain("not valid YAML"));

    [Test]
    public void Parse_NotAMapping_SaysOneRulePerFile() =>
        Assert.That(OnlyError("- a\n- b"), Does.Contain("exactly one rule"));

    [TestCase("severity: suggestion\n", "severity: is required")]
    [TestCase("why: Not everyone in a mixed group is a guy.\n", "why: is required")]
    [TestCase("suggestions: [everyone, folks]\n", "suggestions: is required")]
    public void Parse_MissingField_NamesTheField(string removedLine, string expected) =>
        Assert.That(OnlyError(ValidRule.Replace(removedLine, "", StringComparison.Ordinal)), Does.Contain(expected));

    [Test]
    public void Parse_IdDiffersFromPath_SaysBothIds() =>
        Assert.That(OnlyError(ValidRule, id: "gendered-language/other"), Does.Contain("'gendered-language/guys-for-groups' but the file's path makes it 'gendered-language/other'"));

    [Test]
    public void Parse_UnknownField_SuggestsTheClosest() =>
        Assert.That(OnlyError(ValidRule + "\nsugestions: [x]"), Does.Contain("sugestions: unknown field; did you mean 'suggestions'?"));

    [Test]
    public void Parse_BadSeverity_ListsTheChoices() =>
        Assert.That(OnlyError(ValidRule.Replace("severity: suggestion", "severity: error", StringComparison.Ordinal)), Does.Contain("rules/x.yml:2: severity: is 'error'; use one of info, suggestion, warning"));

    [Test]
    public void Parse_TooFewExamples_SaysHowMany() =>
        Assert.That(OnlyError(ValidRule.Replace("pass: [\"that guy helped\", \"lunch at Five Guys?\"]", "pass: [\"that guy helped\"]", StringComparison.Ordinal)), Does.Contain("examples.pass: has 1; at least 2 are required"));

    [Test]
    public void Parse_PunctuationInWords_PointsToPattern() =>
        Assert.That(OnlyError(ValidRule.Replace("[guys, you guys]", "[guys, 'guys!']", StringComparison.Ordinal)), Does.Contain("'guys!' must be plain words").And.Contain("use 'pattern'"));

    [Test]
    public void Parse_DuplicateWord_IsRefused() =>
        Assert.That(OnlyError(ValidRule.Replace("[guys, you guys]", "[guys, Guys]", StringComparison.Ordinal)), Does.Contain("'Guys' is listed twice"));

    [Test]
    public void Parse_NoWordsNorPattern_SaysWhatMatchNeeds() =>
        Assert.That(OnlyError(ValidRule.Replace("  words: [guys, you guys]", "  words: []", StringComparison.Ordinal)), Does.Contain("match: needs 'words'"));

    [TestCase(@"(?<x>a+)\k<x>", "refuses")]
    [TestCase("(?<=x)guys", "refuses")]
    [TestCase("(unclosed", "not a valid regular expression")]
    [TestCase("a*", "empty string")]
    public void Parse_UnsafeOrBrokenPattern_IsRefusedWithTheReason(string pattern, string expected)
    {
        var yaml = ValidRule.Replace("  words: [guys, you guys]", $"  pattern: '{pattern}'", StringComparison.Ordinal);

        Assert.That(OnlyError(yaml), Does.Contain("match.pattern:").And.Contain(expected));
    }

    [Test]
    public void Parse_OverlongPattern_IsRefused()
    {
        var yaml = ValidRule.Replace("  words: [guys, you guys]", $"  pattern: '{new string('a', 400)}'", StringComparison.Ordinal);

        Assert.That(OnlyError(yaml), Does.Contain("the limit is 300"));
    }

    [Test]
    public void Parse_UnknownPlaceholder_IsRefused() =>
        Assert.That(OnlyError(ValidRule.Replace("{suggestion}", "{alternative}", StringComparison.Ordinal)), Does.Contain("unknown placeholder {alternative}"));

    [Test]
    public void Parse_RelativeLink_IsRefused() =>
        Assert.That(OnlyError(ValidRule.Replace("https://example.org/why", "/why", StringComparison.Ordinal)), Does.Contain("absolute http(s) URL"));

    [Test]
    public void Parse_CategoryOtherThanFolder_IsRefused() =>
        Assert.That(OnlyError(ValidRule + "\ncategory: ableism"), Does.Contain("category: is 'ableism' but the rule lives in folder 'gendered-language'"));

    [Test]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var (_, errors) = Parse("id: gendered-language/guys-for-groups\nseverity: loud\nwhy: ok\n");

        Assert.That(errors.Select(e => e.Field), Is.SupersetOf(new[] { "severity", "match", "suggestions", "message", "examples" }));
    }
}

namespace AllyBot.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    private TempRulesFolder _rules = null!;

    [SetUp]
    public void CreateRules() => _rules = TempRulesFolder.WithDemoRules();

    [TearDown]
    public void DeleteRules() => _rules.Dispose();

    [Test]
    public void Run_GoodFolder_ExitsZeroAndCountsRulesAndExamples()
    {
        var result = CliRun.Run("", "rules", "lint", _rules.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean));
            Assert.That(result.Out, Is.EqualTo($"{TempRulesFolder.RuleCount} rules OK ({TempRulesFolder.ExampleCount} examples verified) in {_rules.Path}\n"));
            Assert.That(result.Err, Is.Empty);
        });
    }

    [Test]
    public void Run_BrokenFile_ExitsOneAndPrintsEveryProblemWithPathAndLine()
    {
        var path = _rules.Write("demo/broken.yml", """
            id: demo/broken
            severity: loud
            match:
              words: [broken]
            colour: red
            suggestions: [fixed]
            message: Try {suggestion}.
            examples:
              flag: ["it is broken", "broken again"]
              pass: ["it is fixed", "fixed again"]
            """);

        var result = CliRun.Run("", "rules", "lint", _rules.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
            Assert.That(result.OutLines, Has.Some.StartsWith($"{path}:5: colour: unknown field"));
            Assert.That(result.OutLines, Has.Some.EqualTo($"{path}:2: severity: is 'loud'; use one of info, suggestion, warning"));
            Assert.That(result.OutLines, Has.Some.EqualTo($"{path}:1: why: is required"));
            Assert.That(result.OutLines[^1], Is.EqualTo($"3 problems in {_rules.Path} ({TempRulesFolder.RuleCount} rules loaded)"));
        });
    }

    [Test]
    public void Run_ExampleThatDoesNotBehave_ExitsOneAndNamesTheExample()
    {
        var path = _rules.Write("demo/guys.yml", """
            id: demo/guys
            severity: suggestion
            match:
              words: [guys]
            suggestions: [folks]
            message: Try {suggestion}.
            why: Not everyone in a mixed group is a guy.
            examples:
              flag: ["hey guys", "hey team"]
              pass: ["hey folks", "hey all"]
            """);

        var result = CliRun.Run("", "rules", "lint", _rules.Path);

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
        Assert.That(result.OutLines[0], Is.EqualTo($"{path}: examples.flag[1]: \"hey team\" should be flagged by this rule but is not"));
    }

    [Test]
    public void Run_MissingFolder_ExitsTwo()
    {
        var missing = Path.Combine(_rules.Path, "nope");

        var result = CliRun.Run("", "rules", "lint", missing);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
            Assert.That(result.Err, Is.EqualTo($"allybot: the rules folder '{missing}' does not exist\n"));
            Assert.That(result.Out, Is.Empty);
        });
    }

    [Test]
    public void Run_NoFolder_LintsTheRulesShippedNextToTheTool()
    {
        var result = CliRun.Run("", "rules", "lint");

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean), result.Out);
        Assert.That(result.Out, Does.Match(@"^\d+ rules OK \(\d+ examples verified; en \d+, de \d+\) in ").And.EndWith($"{Path.Combine(AppContext.BaseDirectory, "rules")}\n"));
    }

    [Test]
    public void Run_TwoLanguages_CountsRulesPerLanguage()
    {
        _rules.WriteGermanRule();

        var result = CliRun.Run("", "rules", "lint", _rules.Path);

        Assert.That(result.Out, Is.EqualTo($"{TempRulesFolder.RuleCount + 1} rules OK ({TempRulesFolder.ExampleCount + 4} examples verified; en 3, de 1) in {_rules.Path}\n"));
    }

    [Test]
    public void Run_Language_VerifiesOnlyThatLanguagesExamples()
    {
        _rules.WriteGermanRule();

        var result = CliRun.Run("", "rules", "lint", _rules.Path, "--language", "de");

        Assert.That(result.Out, Is.EqualTo($"1 de rules OK (4 examples verified) in {_rules.Path}\n"));
    }

    [Test]
    public void Run_GermanRuleInEnglishFolder_SaysWhereItBelongs()
    {
        _rules.Write("demo/jungs.yml", """
            id: demo/jungs
            locale: de
            severity: suggestion
            match:
              words: [Jungs]
            suggestions: [Leute]
            message: 'Vielleicht „{suggestion}“?'
            why: Nicht alle sind Jungs.
            examples:
              flag: ["Hallo Jungs", "danke Jungs"]
              pass: ["Hallo Leute", "danke Leute"]
            """);

        var result = CliRun.Run("", "rules", "lint", _rules.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
            Assert.That(result.Out, Does.Contain("locale: is 'de' but rules directly in <category>/ are English; move the file to de/demo/jungs.yml"));
        });
    }
}

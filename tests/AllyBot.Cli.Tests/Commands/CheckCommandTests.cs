using System.Text.Json;

namespace AllyBot.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private TempRulesFolder _rules = null!;

    [SetUp]
    public void CreateRules() => _rules = TempRulesFolder.WithDemoRules();

    [TearDown]
    public void DeleteRules() => _rules.Dispose();

    private CliResult Check(string stdin, params string[] args) => CliRun.Run(stdin, ["check", .. args, "--rules", _rules.Path]);

    private CliResult CheckFile(string content, params string[] args)
    {
        var file = _rules.Write("input/message.txt", content);
        return Check("", [file, .. args]);
    }

    [Test]
    public void Run_NoFinding_ExitsZeroAndSaysSo()
    {
        var result = Check("hey folks, standup in five", "-");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean));
            Assert.That(result.Out, Is.EqualTo("no findings in 1 message\n"));
            Assert.That(result.Err, Is.Empty);
        });
    }

    [Test]
    public void Run_SuggestionFound_ExitsOne() =>
        Assert.That(Check("hey guys, standup in five", "-").ExitCode, Is.EqualTo(CliApp.Findings));

    [Test]
    public void Run_DefaultFailOnAndOnlyAnInfoFinding_ExitsZeroButPrintsIt()
    {
        var result = Check("can someone sanity check my PR?", "-");

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean));
        Assert.That(result.Out, Does.Contain("info demo/sanity-check"));
    }

    [Test]
    public void Run_FailOnInfoAndAnInfoFinding_ExitsOne() =>
        Assert.That(Check("can someone sanity check my PR?", "-", "--fail-on", "info").ExitCode, Is.EqualTo(CliApp.Findings));

    [Test]
    public void Run_FailOnWarningAndOnlyASuggestion_ExitsZeroButPrintsIt()
    {
        var result = Check("hey guys, standup in five", "-", "--fail-on", "warning");

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean));
        Assert.That(result.Out, Does.Contain("suggestion demo/guys"));
    }

    [Test]
    public void Run_FailOnWarningAndAWarning_ExitsOne() =>
        Assert.That(Check("that deploy plan is lunatic", "-", "--fail-on", "warning").ExitCode, Is.EqualTo(CliApp.Findings));

    [Test]
    public void Run_FileArgument_ReadsTheFileAndNamesItInLocations()
    {
        var result = CheckFile("hey guys, standup in five");

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
        Assert.That(result.Out, Does.StartWith($"{Path.Combine(_rules.Path, "input", "message.txt")}:1:5: suggestion demo/guys"));
    }

    [Test]
    public void Run_DashArgument_ReadsStandardInput() =>
        Assert.That(Check("hey guys", "-").Out, Does.StartWith("<stdin>:1:5: suggestion demo/guys"));

    [Test]
    public void Run_NoFileArgument_ReadsStandardInput() =>
        Assert.That(Check("hey guys").Out, Does.StartWith("<stdin>:1:5: suggestion demo/guys"));

    [Test]
    public void Run_Lines_ChecksEachLineAsAMessageWithItsLineNumber()
    {
        var result = Check("hey folks\nhey guys\r\nthat deploy plan is lunatic\n", "-", "--lines");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
            Assert.That(result.OutLines[0], Does.StartWith("<stdin>:2:5: suggestion demo/guys"));
            Assert.That(result.OutLines[2], Does.StartWith("<stdin>:3:21: warning demo/lunatic"));
            Assert.That(result.OutLines[^1], Is.EqualTo("2 findings in 3 messages"));
        });
    }

    [Test]
    public void Run_WithoutLines_IsOneMessageLocatedAcrossLineBreaks()
    {
        var result = Check("hey folks\n  morning guys\nthat deploy plan is lunatic", "-");

        Assert.Multiple(() =>
        {
            Assert.That(result.OutLines[0], Does.StartWith("<stdin>:2:11: suggestion demo/guys"));
            Assert.That(result.OutLines[2], Does.StartWith("<stdin>:3:21: warning demo/lunatic"));
            Assert.That(result.OutLines[^1], Is.EqualTo("2 findings in 1 message"));
        });
    }

    [Test]
    public void Run_TextFormat_PrintsLocationSeverityRuleMessageSuggestionsAndWhy()
    {
        var result = Check("hey guys", "-", "--format", "text");

        Assert.That(result.OutLines, Is.EqualTo(new[]
        {
            "<stdin>:1:5: suggestion demo/guys: Try \"folks\" instead of \"guys\". (try: folks, everyone)",
            "    why: Not everyone in a mixed group is a guy.",
            "1 finding in 1 message",
        }));
    }

    [Test]
    public void Run_JsonFormat_WritesOneJsonDocument()
    {
        var result = Check("hey folks\nhey guys", "-", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
            Assert.That(json.RootElement.GetProperty("messages").GetInt32(), Is.EqualTo(1));
            Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("demo/guys"));
            Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(2));
            Assert.That(finding.GetProperty("column").GetInt32(), Is.EqualTo(5));
        });
    }

    [Test]
    public void Run_SarifFormat_WritesASarifLog()
    {
        var result = Check("that deploy plan is lunatic", "-", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.Out);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
            Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString(), Is.EqualTo("allybot"));
            Assert.That(run.GetProperty("results")[0].GetProperty("ruleId").GetString(), Is.EqualTo("demo/lunatic"));
            Assert.That(run.GetProperty("results")[0].GetProperty("level").GetString(), Is.EqualTo("warning"));
        });
    }

    [Test]
    public void Run_MissingFile_ExitsTwoAndNamesIt()
    {
        var missing = Path.Combine(_rules.Path, "nope.txt");

        var result = Check("", missing);

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
        Assert.That(result.Err, Is.EqualTo($"allybot: '{missing}' does not exist\n"));
    }

    [Test]
    public void Run_FolderGivenAsFile_ExitsTwoAndSaysItIsAFolder()
    {
        var result = Check("", _rules.Path);

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
        Assert.That(result.Err, Does.Contain($"'{_rules.Path}' is a folder; give a file, or - for standard input"));
    }

    [Test]
    public void Run_BinaryFile_ExitsTwoAndSaysItLooksBinary()
    {
        var file = Path.Combine(_rules.Path, "image.png");
        File.WriteAllBytes(file, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);

        var result = Check("", file);

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
        Assert.That(result.Err, Does.Contain($"'{file}' looks binary (it holds NUL characters)"));
    }

    [Test]
    public void Run_BinaryStandardInput_ExitsTwoAndSaysItLooksBinary()
    {
        var result = Check("hey\0guys", "-");

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
        Assert.That(result.Err, Does.Contain("standard input looks binary"));
    }

    [Test]
    public void Run_RulesFolderDoesNotLoad_ExitsTwoAndPointsToLint()
    {
        _rules.Write("demo/broken.yml", "id: demo/broken\nseverity: loud\n");

        var result = Check("hey folks", "-");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
            Assert.That(result.Err, Does.Contain($"the rules in {_rules.Path} do not load"));
            Assert.That(result.Err, Does.Contain($"run 'allybot rules lint {_rules.Path}'"));
            Assert.That(result.Err, Does.Contain("broken.yml:2: severity: is 'loud'"));
            Assert.That(result.Out, Is.Empty);
        });
    }

    [Test]
    public void Run_RulesFolderMissing_ExitsTwo()
    {
        var missing = Path.Combine(_rules.Path, "nope");

        var result = CliRun.Run("hey folks", "check", "-", "--rules", missing);

        Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
        Assert.That(result.Err, Does.Contain("the rules folder does not exist"));
    }

    [Test]
    public void Run_LanguageGerman_UsesOnlyTheGermanRules()
    {
        _rules.WriteGermanRule();

        var result = Check("hey guys. Hallo Jungs", "-", "--language", "de-AT");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Findings));
            Assert.That(result.Out, Does.Contain("de/demo/jungs").And.Not.Contains("demo/guys"));
        });
    }

    [Test]
    public void Run_NoLanguageGiven_UsesTheEnglishRules()
    {
        _rules.WriteGermanRule();

        Assert.That(Check("Hallo Jungs", "-").Out, Is.EqualTo("no findings in 1 message\n"));
    }

    [Test]
    public void Run_LanguageWithoutRules_IsAnInputErrorNamingTheLanguages()
    {
        var result = Check("salut les gars", "-", "--language", "fr");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
            Assert.That(result.Err, Does.Contain("no rules for language 'fr'").And.Contain("(it has: en)"));
        });
    }

    [Test]
    public void Run_LanguageNotATag_IsAUsageError() =>
        Assert.That(Check("x", "-", "--language", "german!").Err, Does.Contain("--language must be a language tag"));
}

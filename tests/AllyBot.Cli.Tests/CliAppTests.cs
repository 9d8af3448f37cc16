namespace AllyBot.Cli.Tests;

public sealed class CliAppTests
{
    private static void AssertUsageError(CliResult result, string expectedMessage)
    {
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
            Assert.That(result.Err, Does.StartWith($"allybot: {expectedMessage}"));
            Assert.That(result.Err, Does.Contain("usage:").And.Contain("allybot check [FILE|-]"));
            Assert.That(result.Out, Is.Empty);
        });
    }

    [Test]
    public void Run_NoArguments_ExitsTwoWithUsage() =>
        AssertUsageError(CliRun.Run(""), "no command given");

    [Test]
    public void Run_UnknownVerb_ExitsTwoWithUsageOnStderr() =>
        AssertUsageError(CliRun.Run("", "lint", "rules"), "unknown command 'lint rules'");

    [Test]
    public void Run_RulesWithoutLint_IsAnUnknownCommand() =>
        AssertUsageError(CliRun.Run("", "rules", "check"), "unknown command 'rules check'");

    [Test]
    public void Run_UnknownOption_ExitsTwoNamingTheOption() =>
        AssertUsageError(CliRun.Run("", "check", "-", "--colour", "red"), "unknown option --colour");

    [Test]
    public void Run_MisspeltFlagAtTheEnd_IsAnUnknownOptionNotAMissingValue() =>
        AssertUsageError(CliRun.Run("", "check", "-", "--line"), "unknown option --line");

    [Test]
    public void Run_OptionGivenTwice_ExitsTwo() =>
        AssertUsageError(CliRun.Run("", "check", "--format", "json", "--format", "text"), "--format is given twice");

    [Test]
    public void Run_BadFormatValue_ExitsTwoListingTheFormats() =>
        AssertUsageError(CliRun.Run("", "check", "--format", "xml"), "--format must be one of text, json, sarif, not 'xml'");

    [Test]
    public void Run_BadFailOnValue_ExitsTwoListingTheSeverities() =>
        AssertUsageError(CliRun.Run("", "check", "--fail-on", "error"), "--fail-on must be one of info, suggestion, warning, not 'error'");

    [Test]
    public void Run_OptionWithoutValue_ExitsTwo() =>
        AssertUsageError(CliRun.Run("", "check", "-", "--format"), "--format needs a value");

    [Test]
    public void Run_ExtraPositional_ExitsTwo() =>
        AssertUsageError(CliRun.Run("", "check", "a.txt", "b.txt"), "unexpected argument 'b.txt'");

    [Test]
    public void Run_Help_PrintsUsageOnStdoutAndExitsZero()
    {
        var result = CliRun.Run("", "help");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean));
            Assert.That(result.Out, Does.Contain("allybot rules lint [DIR]").And.Contain("allybot bench"));
            Assert.That(result.Err, Is.Empty);
        });
    }

    [Test]
    public void Run_InputError_ExitsTwoWithTheMessageAndNoUsage()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"allybot-missing-{Guid.NewGuid():N}.txt");

        var result = CliRun.Run("", "check", missing);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.UsageError));
            Assert.That(result.Err, Does.StartWith($"allybot: '{missing}' does not exist"));
            Assert.That(result.Err, Does.Not.Contain("usage:"));
            Assert.That(result.Out, Is.Empty);
        });
    }
}

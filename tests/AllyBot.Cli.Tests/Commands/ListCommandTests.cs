namespace AllyBot.Cli.Tests.Commands;

public sealed class ListCommandTests
{
    private TempRulesFolder _rules = null!;

    [SetUp]
    public void CreateRules()
    {
        _rules = TempRulesFolder.WithDemoRules();
        _rules.WriteGermanRule();
    }

    [TearDown]
    public void DeleteRules() => _rules.Dispose();

    [Test]
    public void Run_Folder_ListsEveryRuleWithSeverityAndLanguage()
    {
        var result = CliRun.Run("", "rules", "list", _rules.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean));
            Assert.That(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
            {
                "de/demo/jungs      suggestion  de",
                "demo/guys          suggestion  en",
                "demo/lunatic       warning     en",
                "demo/sanity-check  info        en",
                "4 rules (en 3, de 1)",
            }));
        });
    }

    [Test]
    public void Run_Language_ListsOnlyItsRules() =>
        Assert.That(CliRun.Run("", "rules", "list", _rules.Path, "--language", "de").Out, Is.EqualTo("de/demo/jungs  suggestion  de\n1 rules (de 1)\n"));

    [Test]
    public void Run_UnknownRulesCommand_IsAUsageError() =>
        Assert.That(CliRun.Run("", "rules", "show", _rules.Path).Err, Does.Contain("unknown command 'rules show'"));
}

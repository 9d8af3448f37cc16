namespace AllyBot.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Test]
    public void Run_ShortRun_PrintsEngineBaselineRatioAndAllocationLines()
    {
        using var rules = TempRulesFolder.WithDemoRules();

        var result = CliRun.Run("", "bench", "--messages", "10000", "--seconds", "1", "--rules", rules.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CliApp.Clean), result.Err);
            Assert.That(result.OutLines, Has.Some.StartsWith($"corpus    10,000 messages").And.Contains($"{TempRulesFolder.RuleCount} rules"));
            Assert.That(result.OutLines, Has.Some.Match(@"^engine\s+[\d,]+ messages/s"));
            Assert.That(result.OutLines, Has.Some.Match(@"^baseline\s+[\d,]+ messages/s .*: 3 regexes\)$"));
            Assert.That(result.OutLines, Has.Some.Match(@"^ratio\s+[\d,.]+x the baseline$"));
            Assert.That(result.OutLines, Has.Some.Match(@"^no-finding path: [\d,.]+ bytes allocated per message"));
        });
    }
}

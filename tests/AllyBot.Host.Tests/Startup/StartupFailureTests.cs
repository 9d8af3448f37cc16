using System.Diagnostics;

namespace AllyBot.Host.Tests.Startup;

/// <summary>Bad configuration stops the real host process at start-up with one clear line on stderr.</summary>
[Category("Process")]
public sealed class StartupFailureTests
{
    private string _temp = "";

    [SetUp]
    public void CreateTemp() => _temp = Directory.CreateTempSubdirectory("allybot-startup-").FullName;

    [TearDown]
    public void DeleteTemp() => Directory.Delete(_temp, recursive: true);

    private static async Task<(int ExitCode, string Error)> StartHostAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Privacy__PseudonymSecret"] = Convert.ToBase64String(new byte[32]);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The host kept running although its configuration is broken.");
        }

        await output;
        return (process.ExitCode, await error);
    }

    [Test]
    public async Task Start_MissingRulesFolder_ExitsWithOneClearLine()
    {
        var (exitCode, error) = await StartHostAsync(new() { ["Rules__Path"] = Path.Combine(_temp, "nope") });

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.StartWith("AllyBot cannot start: The rules folder").And.Contain("does not exist"));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Start_BrokenRuleFile_NamesTheFileAndProblem()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "rules", "gendered"));
        await File.WriteAllTextAsync(Path.Combine(_temp, "rules", "gendered", "guys.yml"), "id: gendered/guys\nseverity: loud\n");

        var (exitCode, error) = await StartHostAsync(new() { ["Rules__Path"] = Path.Combine(_temp, "rules") });

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.StartWith("AllyBot cannot start: A rule file is broken:").And.Contain("guys.yml"));
    }

    [Test]
    public async Task Start_UnwritableDatabasePath_SaysWhichPath()
    {
        var blocker = Path.Combine(_temp, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var (exitCode, error) = await StartHostAsync(new() { ["ConnectionStrings__AllyBot"] = $"Data Source={blocker}/sub/allybot.db" });

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.StartWith("AllyBot cannot start:").And.Contain(blocker));
    }

    [Test]
    public async Task Start_PlainHttpLanguageEndpoint_SaysToUseHttps()
    {
        var (exitCode, error) = await StartHostAsync(new()
        {
            ["Language__Endpoint"] = "http://lang.example.com/",
            ["ConnectionStrings__AllyBot"] = $"Data Source={Path.Combine(_temp, "allybot.db")}",
        });

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.StartWith("AllyBot cannot start:").And.Contain("Language:Endpoint must use https"));
    }

    [Test]
    public async Task Start_ZeroBurstMaxLag_NamesTheInboxSettings()
    {
        var (exitCode, error) = await StartHostAsync(new()
        {
            ["Inbox__BurstMaxLag"] = "00:00:00",
            ["ConnectionStrings__AllyBot"] = $"Data Source={Path.Combine(_temp, "allybot.db")}",
        });

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error.Trim(), Does.StartWith("AllyBot cannot start:").And.Contain("BurstMaxLag must be positive"));
    }
}

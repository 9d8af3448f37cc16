using System.Diagnostics;

namespace AllyBot.Deployment.Tests;

/// <summary>infra/dev: bash scripts with strict mode and a usage comment; new-secret.sh prints 32 random bytes.</summary>
public sealed class DevScriptsTests
{
    [TestCase("run-playground.sh")]
    [TestCase("new-secret.sh")]
    [TestCase("postgres-local.sh")]
    public void Script_Header_IsBashStrictModeWithUsage(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.DevScripts, name));

        Assert.That(lines[0], Is.EqualTo("#!/usr/bin/env bash"));
        Assert.That(lines.TakeWhile(l => l.StartsWith('#')), Has.Some.StartsWith("# Usage: infra/dev/" + name));
        Assert.That(lines, Does.Contain("set -euo pipefail"));
    }

    [Test]
    public void RunPlayground_Command_RunsTheHostProject()
    {
        Assert.That(File.ReadAllText(Path.Combine(RepositoryPaths.DevScripts, "run-playground.sh")), Does.Contain("dotnet run --project bot/AllyBot.Host"));
    }

    [Test]
    public void PostgresLocal_CiScript_IsUsedWhenPresent()
    {
        Assert.That(File.ReadAllText(Path.Combine(RepositoryPaths.DevScripts, "postgres-local.sh")), Does.Contain(".ci/postgres.sh"));
    }

    [Test]
    [Category("Process")]
    public async Task NewSecret_Run_PrintsBase64Of32RandomBytes()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("bash scripts run on Linux and macOS only.");
        }

        var first = await RunAsync(Path.Combine(RepositoryPaths.DevScripts, "new-secret.sh"));
        var second = await RunAsync(Path.Combine(RepositoryPaths.DevScripts, "new-secret.sh"));

        Assert.That(Convert.FromBase64String(first), Has.Length.EqualTo(32));
        Assert.That(second, Is.Not.EqualTo(first));
    }

    private static async Task<string> RunAsync(string script)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
        return output.Trim();
    }
}

using System.Diagnostics;
using System.Reflection;

namespace AllyBot.Deployment.Tests.Azure;

/// <summary>
/// Finds and runs the Bicep CLI: $ALLYBOT_BICEP, then the NuGet package Azure.Bicep.CommandLine.linux-x64 that this
/// project downloads at restore (the version pinned in the csproj), then `bicep` on PATH.
/// </summary>
internal static class BicepCli
{
    public static string PinnedVersion { get; } =
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCliVersion").Value!;

    public static string? Find()
    {
        if (System.Environment.GetEnvironmentVariable("ALLYBOT_BICEP") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fromNuGet = Path.Combine(packages, "azure.bicep.commandline.linux-x64", PinnedVersion, "tools", "bicep");
        if (OperatingSystem.IsLinux() && File.Exists(fromNuGet))
        {
            return fromNuGet;
        }

        return (System.Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "bicep.exe" : "bicep"))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string cli, params string[] arguments)
    {
        var start = new ProcessStartInfo(cli, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

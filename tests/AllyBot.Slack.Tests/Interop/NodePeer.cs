using System.Diagnostics;
using System.Text.Json;

namespace AllyBot.Slack.Tests.Interop;

/// <summary>
/// Runs the official Slack SDKs (tests/interop/slack, installed by <c>npm ci</c>) as test peers: one-shot scripts, or
/// a server on a free loopback port that is killed by its process id when disposed.
/// </summary>
internal sealed class NodePeer : IAsyncDisposable
{
    private readonly Process _process;

    private NodePeer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    public static string Folder { get; } = FindFolder();

    /// <summary>Ignores the test (never passes it) when node or the npm packages are missing.</summary>
    public static void RequireInstalled()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@slack", "bolt")))
        {
            Assert.Ignore("run npm ci in tests/interop/slack");
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            node.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("node is not installed (node 20+ is needed for the Slack interop tests)");
        }
    }

    /// <summary>Runs a script to completion with <paramref name="stdin"/>, returning its standard output.</summary>
    public static async Task<string> RunAsync(string script, string stdin, params string[] arguments)
    {
        RequireInstalled();
        using var process = Process.Start(StartInfo(script, arguments))!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.That(process.ExitCode, Is.Zero, $"node {script} failed: {await errors}{await output}");
        return await output;
    }

    /// <summary>Starts a server script that prints <c>{"port":N}</c> first.</summary>
    public static async Task<NodePeer> StartAsync(string script)
    {
        RequireInstalled();
        var process = Process.Start(StartInfo(script, ["0"]))!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"node {script} exited: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            var port = JsonDocument.Parse(line).RootElement.GetProperty("port").GetInt32();
            return new NodePeer(process, port);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string script, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AllyBot.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "interop", "slack");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "interop-slack-not-found");
    }
}

using System.Diagnostics;

namespace AllyBot.Teams.Tests.Support;

/// <summary>
/// One node script from tests/interop/teams, started on a free loopback port (it prints "listening URL") and killed by
/// its process id on dispose. Ignores the test, loudly, when node or the npm packages are missing.
/// </summary>
internal sealed class NodePeer : IDisposable
{
    private readonly Process _process;

    private NodePeer(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "interop", "teams");
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("tests/interop/teams was not found above the test directory.");
        }
    }

    public static async Task<NodePeer> StartAsync(string script, params string[] arguments)
    {
        var folder = Folder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botbuilder")))
        {
            Assert.Ignore("run npm ci in tests/interop/teams");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("node is not on PATH; install Node.js 20+ and run npm ci in tests/interop/teams");
            throw;
        }

        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { TestContext.Progress.WriteLine($"[{script}] {e.Data}"); } };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                const string marker = "listening ";
                if (line.StartsWith(marker, StringComparison.Ordinal))
                {
                    return new NodePeer(process, new Uri(line[marker.Length..].Trim()));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"{script} did not report its port.");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}

namespace AllyBot.Deployment.Tests;

/// <summary>Reads infra/example.env: <c>KEY=value</c> lines, comments and blank lines skipped.</summary>
internal static class ExampleEnv
{
    public static IReadOnlyList<KeyValuePair<string, string>> Read() =>
        [.. File.ReadAllLines(RepositoryPaths.ExampleEnv)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .Select(p => KeyValuePair.Create(p[0].Trim(), p.Length > 1 ? p[1].Trim() : ""))];
}

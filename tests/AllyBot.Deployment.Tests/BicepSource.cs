using System.Text.RegularExpressions;

namespace AllyBot.Deployment.Tests;

/// <summary>What the deployment tests read out of main.bicep: a line-based reading, enough for this template.</summary>
internal static partial class BicepSource
{
    public static string Text { get; } = File.ReadAllText(RepositoryPaths.Bicep);

    /// <summary>Names from the <c>param &lt;name&gt; &lt;type&gt;</c> lines.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        [.. ParamLine().Matches(Text).Select(m => m.Groups["name"].Value)];

    /// <summary>Types from the <c>resource &lt;symbol&gt; '&lt;type&gt;@&lt;api&gt;'</c> lines.</summary>
    public static IReadOnlyList<string> ResourceTypes { get; } =
        [.. ResourceLine().Matches(Text).Select(m => m.Groups["type"].Value).Distinct(StringComparer.OrdinalIgnoreCase)];

    [GeneratedRegex(@"^\s*param\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"^\s*resource\s+[A-Za-z_][A-Za-z0-9_]*\s+'(?<type>[^'@]+)@[^']+'", RegexOptions.Multiline)]
    private static partial Regex ResourceLine();
}

namespace AllyBot.Rules.Model;

/// <summary>The lower-case names used for <see cref="Severity"/> in rule files, options and output.</summary>
public static class SeverityNames
{
    /// <summary>The accepted names, weakest first.</summary>
    public static IReadOnlyList<string> All { get; } = ["info", "suggestion", "warning"];

    /// <summary>The file/CLI name of a severity.</summary>
    public static string ToName(this Severity severity) => All[(int)severity];

    /// <summary>Parses a severity name (case-insensitive).</summary>
    public static bool TryParse(string? name, out Severity severity)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                severity = (Severity)i;
                return true;
            }
        }

        severity = Severity.Info;
        return false;
    }
}

namespace AllyBot.Rules.Loading;

/// <summary>One problem with a rule file, precise enough to fix without opening the loader.</summary>
/// <param name="Path">The file, as given to the loader.</param>
/// <param name="Line">1-based line, or 0 when the problem is with the whole file.</param>
/// <param name="Field">The field at fault (e.g. <c>examples.flag[1]</c>), or empty for the whole file.</param>
/// <param name="Problem">What is wrong, phrased so the fix is obvious.</param>
public sealed record RuleLoadError(string Path, int Line, string Field, string Problem)
{
    /// <summary>Formats as <c>path:line: field: problem</c>, the shape editors and CI logs link to.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? $"{Path}:{Line}" : Path;
        return Field.Length > 0 ? $"{location}: {Field}: {Problem}" : $"{location}: {Problem}";
    }
}

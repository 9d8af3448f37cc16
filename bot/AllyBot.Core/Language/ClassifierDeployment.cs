namespace AllyBot.Core.Language;

/// <summary>A custom text classification deployment in the configured Azure AI Language resource.</summary>
/// <param name="ProjectName">The project.</param>
/// <param name="DeploymentName">The deployment.</param>
/// <param name="MultiLabel">Whether the project is multi-label (else single-label).</param>
public sealed record ClassifierDeployment(string ProjectName, string DeploymentName, bool MultiLabel)
{
    /// <summary>Reads <c>project/deployment</c> (with <c>multi:</c> in front for a multi-label project); null with a reason otherwise.</summary>
    public static ClassifierDeployment? Parse(string text, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = "";
        var multi = text.StartsWith("multi:", StringComparison.OrdinalIgnoreCase);
        var parts = (multi ? text[6..] : text).Split('/');
        if (parts.Length != 2 || !parts.All(IsName))
        {
            problem = "Give the classifier as `project/deployment` (or `multi:project/deployment` for a multi-label project); names use letters, digits, '-', '_' and '.', up to 100 characters.";
            return null;
        }

        return new ClassifierDeployment(parts[0], parts[1], multi);
    }

    /// <summary>As <see cref="Parse"/> reads it.</summary>
    public override string ToString() => $"{(MultiLabel ? "multi:" : "")}{ProjectName}/{DeploymentName}";

    private static bool IsName(string part) =>
        part.Length is > 0 and <= 100 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}

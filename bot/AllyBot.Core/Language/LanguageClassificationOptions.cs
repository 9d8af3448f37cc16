namespace AllyBot.Core.Language;

/// <summary>
/// <c>Language:Classification</c>: a custom text classification deployment used as a second opinion next to the
/// rules. Each label it gives a message (at or above <see cref="MinConfidence"/>) becomes a finding with rule id
/// <c>azure/&lt;label&gt;</c>.
/// </summary>
public sealed class LanguageClassificationOptions
{
    /// <summary>The custom text classification project. <value>Default: none (no classification).</value></summary>
    public string? Project { get; set; }

    /// <summary>The project's deployment. <value>Default: none.</value></summary>
    public string? Deployment { get; set; }

    /// <summary>Whether the project is multi-label. <value>Default: false (single-label).</value></summary>
    public bool MultiLabel { get; set; }

    /// <summary>Labels below this confidence are ignored. <value>Default: 0.7.</value></summary>
    public double MinConfidence { get; set; } = 0.7;

    /// <summary>
    /// The labels that become findings (<c>azure/&lt;label&gt;</c>); any other label (like "neutral") never nudges.
    /// As environment variables <c>Language__Classification__Labels__0</c>, <c>__1</c>... <value>Default: none.</value>
    /// </summary>
    public string[] Labels { get; set; } = [];

    /// <summary>The deployment, or null when none is configured.</summary>
    public ClassifierDeployment? ToDeployment() =>
        string.IsNullOrWhiteSpace(Project) || string.IsNullOrWhiteSpace(Deployment)
            ? null
            : ClassifierDeployment.Parse($"{(MultiLabel ? "multi:" : "")}{Project.Trim()}/{Deployment.Trim()}", out _);

    /// <summary>Every problem with these options, empty when they are valid.</summary>
    public IReadOnlyList<string> Problems(bool endpointSet)
    {
        var problems = new List<string>();
        var project = !string.IsNullOrWhiteSpace(Project);
        var deployment = !string.IsNullOrWhiteSpace(Deployment);
        if (project != deployment)
        {
            problems.Add("Language:Classification:Project and Language:Classification:Deployment go together: set both or neither.");
        }
        else if (project && deployment)
        {
            if (!endpointSet)
            {
                problems.Add("Language:Classification needs Language:Endpoint (the Azure AI Language resource that hosts the deployment).");
            }

            if (ClassifierDeployment.Parse($"{Project!.Trim()}/{Deployment!.Trim()}", out var problem) is null)
            {
                problems.Add($"Language:Classification: {problem}");
            }
        }

        if (project && deployment && !Labels.Any(l => !string.IsNullOrWhiteSpace(l)))
        {
            problems.Add("Language:Classification:Labels must list the labels that become findings (Language__Classification__Labels__0=condescending...).");
        }

        foreach (var label in Labels.Where(l => !string.IsNullOrWhiteSpace(l) && !IsLabel(l.Trim())))
        {
            problems.Add($"Language:Classification:Labels: '{label}' is not usable in a rule id; use letters, digits, '-' and '_' (up to 60).");
        }

        if (MinConfidence is < 0 or > 1 || double.IsNaN(MinConfidence))
        {
            problems.Add($"Language:Classification:MinConfidence must be between 0 and 1, not {MinConfidence}.");
        }

        return problems;
    }

    private static bool IsLabel(string label) => label.Length <= 60 && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

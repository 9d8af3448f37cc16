namespace AllyBot.Storage.Stores;

/// <summary>A <c>workspace_language</c> row as read.</summary>
internal sealed class LanguageSettingsRow
{
    public bool EnrichmentOn { get; init; }

    public bool PiiRedactionOn { get; init; }

    public string? ClassifierProject { get; init; }

    public string? ClassifierDeployment { get; init; }

    public bool ClassifierMultiLabel { get; init; }
}

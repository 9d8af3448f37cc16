namespace AllyBot.Core.Language;

/// <summary>What a workspace's admins chose about Azure AI Language (used only when the deployment configures it).</summary>
/// <param name="EnrichmentOn">Unsure language guesses may ask the service (message text leaves AllyBot for the service, never stored there by AllyBot).</param>
/// <param name="PiiRedactionOn">Credit texts and feedback notes are stored with personal data replaced by its category.</param>
/// <param name="Classifier">A custom text classification deployment whose labels become findings, or null.</param>
public sealed record LanguageSettings(bool EnrichmentOn, bool PiiRedactionOn, ClassifierDeployment? Classifier)
{
    /// <summary>Everything off: rules and the local guess only.</summary>
    public static LanguageSettings Default { get; } = new(false, false, null);
}

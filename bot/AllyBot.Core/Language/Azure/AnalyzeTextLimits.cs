namespace AllyBot.Core.Language.Azure;

/// <summary>
/// The service's documented data limits (Azure AI Language "Service limits", preconfigured features): 5,120 text
/// elements per document (synchronous), 1,000 documents per language detection request, 5 per PII request, 1 MB per
/// request; asynchronous jobs at most 25 documents and 125,000 characters in all.
/// </summary>
internal static class AnalyzeTextLimits
{
    public const string ApiVersion = "2023-04-01";

    public const int MaxDocumentTextElements = 5_120;

    public const int LanguageDetectionDocuments = 1_000;

    public const int PiiDocuments = 5;

    public const int JobDocuments = 25;

    public const int JobCharacters = 125_000;

    /// <summary>Characters per synchronous request, well under 1 MB of JSON even when every character needs escaping.</summary>
    public const int RequestCharacters = 150_000;
}

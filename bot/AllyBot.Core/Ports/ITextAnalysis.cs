using AllyBot.Core.Language;

namespace AllyBot.Core.Ports;

/// <summary>
/// Azure AI Language (or nothing). Every call is bounded by <c>budget</c> and never throws for the service's sake:
/// a null list means "no answer" (not configured, timed out, failed, circuit open), so callers fall back to rules only.
/// A null entry in a list means that one document failed. Never logs or stores the texts.
/// </summary>
public interface ITextAnalysis
{
    /// <summary>Whether a service is configured at all.</summary>
    bool IsConfigured { get; }

    /// <summary>The language of each text, in order.</summary>
    Task<IReadOnlyList<ServiceLanguage?>?> DetectLanguagesAsync(IReadOnlyList<string> texts, TimeSpan budget, CancellationToken cancellationToken = default);

    /// <summary>The personal data in each text, in order (offsets in UTF-16 code units).</summary>
    Task<IReadOnlyList<IReadOnlyList<PiiEntity>?>?> RecognizePiiAsync(IReadOnlyList<string> texts, string? language, TimeSpan budget, CancellationToken cancellationToken = default);

    /// <summary>The custom classification labels of each text, in order.</summary>
    Task<IReadOnlyList<IReadOnlyList<ClassLabel>?>?> ClassifyAsync(IReadOnlyList<string> texts, ClassifierDeployment deployment, TimeSpan budget, CancellationToken cancellationToken = default);
}

using AllyBot.Core.Ports;
using AllyBot.Core.Telemetry;
using AllyBot.Rules.Language;

namespace AllyBot.Core.Language;

/// <summary>
/// The local guess when it is sure; otherwise Azure AI Language (when the deployment configures it and the workspace
/// turned enrichment on), within <see cref="LanguageOptions.Budget"/>; otherwise the local leader, however unsure;
/// otherwise <see cref="LanguageOptions.DefaultLanguage"/>. Only the prose (no code, links or mentions) is sent.
/// </summary>
public sealed class LanguageDetector(ITextAnalysis service, ILanguageSettingsStore settings, LanguageOptions options, AllyBotMetrics metrics) : ILanguageDetector
{
    public async Task<DetectedLanguage> DetectAsync(string workspaceId, string text, TextLanguages local, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(local);
        var detected = local.IsSure
            ? new DetectedLanguage(Dominant(local), local.Overall.Confidence, LanguageSource.Local)
            : await AskServiceAsync(workspaceId, text, cancellationToken).ConfigureAwait(false)
              ?? (local.Overall.HasLeader
                  ? new DetectedLanguage(local.Overall.Language, local.Overall.Confidence, LanguageSource.LocalUnsure)
                  : new DetectedLanguage(options.DefaultLanguage, 0, LanguageSource.Default));
        metrics.LanguageDetected(detected.Language, detected.Source.ToString());
        return detected;
    }

    /// <summary>The whole text's leader, or (for a mix with no overall leader) the first confident sentence's language.</summary>
    private string Dominant(TextLanguages local) =>
        local.Overall.HasLeader
            ? local.Overall.Language
            : local.Sentences.Select(s => s.Guess).FirstOrDefault(g => g.IsConfident).Language ?? options.DefaultLanguage;

    private async Task<DetectedLanguage?> AskServiceAsync(string workspaceId, string text, CancellationToken cancellationToken)
    {
        if (!service.IsConfigured || !(await settings.GetAsync(workspaceId, cancellationToken).ConfigureAwait(false)).EnrichmentOn)
        {
            return null;
        }

        var prose = ProseText.Of(text);
        if (prose.Length == 0)
        {
            return null;
        }

        var answer = await service.DetectLanguagesAsync([prose], options.Budget, cancellationToken).ConfigureAwait(false);
        return answer is [{ IsKnown: true } found] ? new DetectedLanguage(found.Language, found.Confidence, LanguageSource.Service) : null;
    }
}

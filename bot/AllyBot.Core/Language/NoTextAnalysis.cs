using AllyBot.Core.Ports;

namespace AllyBot.Core.Language;

/// <summary>No language service configured (the default): every question gets "no answer", so AllyBot runs rules-only.</summary>
public sealed class NoTextAnalysis : ITextAnalysis
{
    public bool IsConfigured => false;

    public Task<IReadOnlyList<ServiceLanguage?>?> DetectLanguagesAsync(IReadOnlyList<string> texts, TimeSpan budget, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ServiceLanguage?>?>(null);

    public Task<IReadOnlyList<IReadOnlyList<PiiEntity>?>?> RecognizePiiAsync(IReadOnlyList<string> texts, string? language, TimeSpan budget, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IReadOnlyList<PiiEntity>?>?>(null);

    public Task<IReadOnlyList<IReadOnlyList<ClassLabel>?>?> ClassifyAsync(IReadOnlyList<string> texts, ClassifierDeployment deployment, TimeSpan budget, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IReadOnlyList<ClassLabel>?>?>(null);
}

using AllyBot.Core.Language;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Tests.Language;

/// <summary>A scripted <see cref="ITextAnalysis"/>: answers what the test says and records what it was asked.</summary>
internal sealed class FakeTextAnalysis : ITextAnalysis
{
    public bool IsConfigured { get; init; } = true;

    public Func<string, ServiceLanguage?>? Language { get; init; }

    public Func<string, IReadOnlyList<PiiEntity>?>? Pii { get; init; }

    public Func<string, IReadOnlyList<ClassLabel>?>? Labels { get; init; }

    /// <summary>Delays every answer (tests with a fake clock advance it).</summary>
    public Func<CancellationToken, Task>? Delay { get; init; }

    public List<string> Asked { get; } = [];

    public List<TimeSpan> Budgets { get; } = [];

    public async Task<IReadOnlyList<ServiceLanguage?>?> DetectLanguagesAsync(IReadOnlyList<string> texts, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        await RecordAsync(texts, budget, cancellationToken);
        return Language is null ? null : [.. texts.Select(Language)];
    }

    public async Task<IReadOnlyList<IReadOnlyList<PiiEntity>?>?> RecognizePiiAsync(IReadOnlyList<string> texts, string? language, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        await RecordAsync(texts, budget, cancellationToken);
        return Pii is null ? null : [.. texts.Select(Pii)];
    }

    public async Task<IReadOnlyList<IReadOnlyList<ClassLabel>?>?> ClassifyAsync(IReadOnlyList<string> texts, ClassifierDeployment deployment, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        await RecordAsync(texts, budget, cancellationToken);
        return Labels is null ? null : [.. texts.Select(Labels)];
    }

    private async Task RecordAsync(IReadOnlyList<string> texts, TimeSpan budget, CancellationToken cancellationToken)
    {
        Asked.AddRange(texts);
        Budgets.Add(budget);
        if (Delay is not null)
        {
            await Delay(cancellationToken);
        }
    }
}

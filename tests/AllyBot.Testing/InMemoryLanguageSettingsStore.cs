using System.Collections.Concurrent;
using AllyBot.Core.Language;
using AllyBot.Core.Ports;

namespace AllyBot.Testing;

/// <summary><see cref="ILanguageSettingsStore"/> in memory.</summary>
public sealed class InMemoryLanguageSettingsStore : ILanguageSettingsStore
{
    private readonly ConcurrentDictionary<string, LanguageSettings> _workspaces = new(StringComparer.Ordinal);

    public Task<LanguageSettings> GetAsync(string workspaceId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_workspaces.GetValueOrDefault(workspaceId) ?? LanguageSettings.Default);

    public Task SaveAsync(string workspaceId, LanguageSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _workspaces[workspaceId] = settings;
        return Task.CompletedTask;
    }

    /// <summary>The admin switches as <see cref="InMemoryWorkspaceAdminStore"/> mirrors them (the classifier is kept).</summary>
    public void Mirror(string workspaceId, bool enrichmentOn, bool piiRedactionOn) =>
        _workspaces.AddOrUpdate(
            workspaceId,
            _ => LanguageSettings.Default with { EnrichmentOn = enrichmentOn, PiiRedactionOn = piiRedactionOn },
            (_, current) => current with { EnrichmentOn = enrichmentOn, PiiRedactionOn = piiRedactionOn });
}

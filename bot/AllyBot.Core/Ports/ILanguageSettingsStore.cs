using AllyBot.Core.Language;

namespace AllyBot.Core.Ports;

/// <summary>Each workspace's Azure AI Language switches.</summary>
public interface ILanguageSettingsStore
{
    /// <summary>The workspace's settings, or <see cref="LanguageSettings.Default"/>.</summary>
    Task<LanguageSettings> GetAsync(string workspaceId, CancellationToken cancellationToken = default);

    /// <summary>Stores the workspace's settings.</summary>
    Task SaveAsync(string workspaceId, LanguageSettings settings, CancellationToken cancellationToken = default);
}

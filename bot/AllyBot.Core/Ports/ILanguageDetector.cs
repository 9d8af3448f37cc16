using AllyBot.Core.Language;
using AllyBot.Rules.Language;

namespace AllyBot.Core.Ports;

/// <summary>Decides a message's dominant language: the local guess first, a language service only when that is unsure.</summary>
public interface ILanguageDetector
{
    /// <summary>The dominant language of <paramref name="text"/>, given the local guess <paramref name="local"/> for it.</summary>
    Task<DetectedLanguage> DetectAsync(string workspaceId, string text, TextLanguages local, CancellationToken cancellationToken = default);
}

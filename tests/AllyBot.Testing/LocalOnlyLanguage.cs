using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using AllyBot.Core.Telemetry;

namespace AllyBot.Testing;

/// <summary>Language handling as a deployment without Azure AI Language runs it: the local guess only.</summary>
public static class LocalOnlyLanguage
{
    /// <summary><paramref name="rules"/> read per language, with the local guess and the default language <c>en</c>.</summary>
    public static LanguageRules Rules(IRuleSetProvider rules, AllyBotMetrics? metrics = null) =>
        new(rules, new LanguageDetector(new NoTextAnalysis(), new InMemoryLanguageSettingsStore(), new LanguageOptions(), metrics ?? new AllyBotMetrics(new TestMeterFactory())));
}

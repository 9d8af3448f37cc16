using AllyBot.Core.Language;
using AllyBot.Core.Telemetry;
using AllyBot.Rules.Language;
using AllyBot.Testing;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AllyBot.Core.Tests.Language;

public sealed class LanguageDetectorTests
{
    private readonly InMemoryLanguageSettingsStore _settings = new();
    private readonly TestMeterFactory _meters = new();

    private LanguageDetector Detector(FakeTextAnalysis service, LanguageOptions? options = null) =>
        new(service, _settings, options ?? new LanguageOptions(), new AllyBotMetrics(_meters));

    private Task EnrichAsync(bool on = true) => _settings.SaveAsync("T1", LanguageSettings.Default with { EnrichmentOn = on });

    private static FakeTextAnalysis Says(string language, double confidence = 0.99) => new() { Language = _ => new ServiceLanguage(language, confidence) };

    private static Task<DetectedLanguage> DetectAsync(LanguageDetector detector, string text) =>
        detector.DetectAsync("T1", text, LanguageGuesser.Analyse(text));

    [Test]
    public async Task Detect_SureLocalGuess_NeverAsksTheService()
    {
        await EnrichAsync();
        var service = Says("fr");

        var detected = await DetectAsync(Detector(service), "Kannst du das bitte noch kurz prüfen, bevor wir es heute ausliefern?");

        Assert.Multiple(() =>
        {
            Assert.That(detected, Is.EqualTo(new DetectedLanguage("de", detected.Confidence, LanguageSource.Local)));
            Assert.That(service.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task Detect_UnsureAndEnrichmentOn_AsksTheServiceWithProseOnlyWithinTheBudget()
    {
        await EnrichAsync();
        var service = Says("de", 0.87);

        var detected = await DetectAsync(Detector(service, new LanguageOptions { TimeoutMs = 250 }), "Hallo Jungs <@U42> https://x.example/a");

        Assert.Multiple(() =>
        {
            Assert.That(detected, Is.EqualTo(new DetectedLanguage("de", 0.87, LanguageSource.Service)));
            Assert.That(service.Asked, Is.EqualTo(new[] { "Hallo Jungs" }));
            Assert.That(service.Budgets, Is.EqualTo(new[] { TimeSpan.FromMilliseconds(250) }));
        });
    }

    [Test]
    public async Task Detect_UnsureButEnrichmentOff_NeverAsksAndFallsBackToDefault()
    {
        await EnrichAsync(on: false);
        var service = Says("de");

        var detected = await DetectAsync(Detector(service), "hey guys");

        Assert.Multiple(() =>
        {
            Assert.That(detected, Is.EqualTo(new DetectedLanguage("en", 0, LanguageSource.Default)));
            Assert.That(service.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task Detect_ServiceNotConfigured_NeverReadsWorkspaceAndUsesLocalLeader()
    {
        var service = new FakeTextAnalysis { IsConfigured = false, Language = _ => new ServiceLanguage("fr", 1) };

        var detected = await DetectAsync(Detector(service), "Das ist");

        Assert.Multiple(() =>
        {
            Assert.That(detected.Language, Is.EqualTo("de"));
            Assert.That(detected.Source, Is.EqualTo(LanguageSource.LocalUnsure));
            Assert.That(service.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task Detect_ServiceGivesNoAnswer_FallsBackToRulesOnlyLocalGuess()
    {
        await EnrichAsync();
        var service = new FakeTextAnalysis { Language = null };

        var detected = await DetectAsync(Detector(service), "hey guys");

        Assert.Multiple(() =>
        {
            Assert.That(detected.Source, Is.EqualTo(LanguageSource.Default));
            Assert.That(service.Asked, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Detect_ServiceSaysUnknown_FallsBackToDefault()
    {
        await EnrichAsync();

        var detected = await DetectAsync(Detector(Says(ServiceLanguage.Unknown, 0)), "ok ok");

        Assert.That(detected, Is.EqualTo(new DetectedLanguage("en", 0, LanguageSource.Default)));
    }

    [Test]
    public async Task Detect_OnlyCode_NeverAsksTheService()
    {
        await EnrichAsync();
        var service = Says("de");

        await DetectAsync(Detector(service), "`git push --force`");

        Assert.That(service.Asked, Is.Empty);
    }

    [Test]
    public async Task Detect_Always_CountsLanguageAndSource()
    {
        using var collector = new MetricCollector<long>(_meters, AllyBotMetrics.MeterName, "allybot.language.detected");

        await DetectAsync(Detector(new FakeTextAnalysis { IsConfigured = false }), "Kannst du das bitte noch kurz prüfen, bevor wir es heute ausliefern?");

        var measurement = collector.GetMeasurementSnapshot().Single();
        Assert.Multiple(() =>
        {
            Assert.That(measurement.Tags["language"], Is.EqualTo("de"));
            Assert.That(measurement.Tags["source"], Is.EqualTo("Local"));
        });
    }
}

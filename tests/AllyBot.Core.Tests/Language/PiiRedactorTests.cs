using System.Diagnostics;
using AllyBot.Core.Language;
using AllyBot.Core.Language.Azure;
using AllyBot.Core.Telemetry;
using AllyBot.Core.Tests.Language.Azure;
using AllyBot.Testing;
using Microsoft.AspNetCore.Http;

namespace AllyBot.Core.Tests.Language;

/// <summary>PII redaction of stored texts through the Azure AI Language client and its loopback fake.</summary>
public sealed class PiiRedactorTests
{
    private readonly TestMeterFactory _meters = new();
    private readonly HttpClient _http = new();
    private readonly InMemoryLanguageSettingsStore _settings = new();
    private FakeAnalyzeTextService _service = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _service = await FakeAnalyzeTextService.StartAsync();
        await _settings.SaveAsync("T1", LanguageSettings.Default with { PiiRedactionOn = true });
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _service.DisposeAsync();
        _http.Dispose();
        _meters.Dispose();
    }

    private PiiRedactor Redactor(LanguageOptions? options = null) =>
        new(new AzureLanguageClient(_http, _service.Endpoint, new SubscriptionKeyCredential("k"), TimeProvider.System, new AllyBotMetrics(_meters)), _settings, options ?? new LanguageOptions());

    [Test]
    public async Task Redact_PiiOn_ReplacesEachEntityWithItsCategory()
    {
        var redacted = await Redactor().RedactAsync("T1", ["Anna rewrote the deploy script, ask anna.k@example.com", "fixed the flaky test"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(redacted, Is.EqualTo(new[] { "[Person] rewrote the deploy script, ask [Email]", "fixed the flaky test" }));
            Assert.That(_service.Calls.Single().Body!["kind"]!.GetValue<string>(), Is.EqualTo("PiiEntityRecognition"));
        }
    }

    [Test]
    public async Task Redact_PiiOffForTheWorkspace_KeepsTheTextAndSendsNothing()
    {
        var redacted = await Redactor().RedactAsync("T2", ["Anna rewrote the deploy script"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(redacted, Is.EqualTo(new[] { "Anna rewrote the deploy script" }));
            Assert.That(_service.Calls, Is.Empty);
        }
    }

    [Test]
    public async Task Redact_NoServiceConfigured_KeepsTheText()
    {
        var redactor = new PiiRedactor(new NoTextAnalysis(), _settings, new LanguageOptions());

        Assert.That(await redactor.RedactAsync("T1", ["Anna rewrote it"]), Is.EqualTo(new[] { "Anna rewrote it" }));
    }

    [Test]
    public async Task Redact_ServiceFailing_StoresTheLocalConservativeMask()
    {
        _service.Override = (_, _) => Task.FromResult<IResult?>(Results.StatusCode(500));

        var redacted = await Redactor().RedactAsync("T1", ["Anna fixed the build, call +49 170 1234567 or anna@example.com, thanks <@U42>"]);

        Assert.That(redacted, Is.EqualTo(new[] { "[redacted] fixed the build, call [redacted] or [redacted], thanks <@U42>" }));
    }

    [Test]
    public async Task Redact_ServiceOverTheBudget_MasksLocallyWithinTheBudget()
    {
        var release = new TaskCompletionSource();
        _service.Override = async (_, _) =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(20));
            return null;
        };

        var watch = Stopwatch.StartNew();
        var redacted = await Redactor(new LanguageOptions { PiiTimeoutMs = 200 }).RedactAsync("T1", ["Ben paired with me all week"]);
        watch.Stop();
        release.SetResult();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(redacted, Is.EqualTo(new[] { "[redacted] paired with me all week" }));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        }
    }

    [Test]
    public async Task Redact_OneDocumentFails_OnlyThatOneIsMaskedLocally()
    {
        var redacted = await Redactor().RedactAsync("T1", ["Ben helped [error]", "Anna helped"]);

        Assert.That(redacted, Is.EqualTo(new[] { "[redacted] helped [error]", "[Person] helped" }));
    }

    [Test]
    public void Masked_OverlappingAndOutOfRangeEntities_MergesAndClamps()
    {
        var text = "Anna Lee at anna@x.io";

        var masked = PiiRedactor.Masked(text, [new("Person", 0, 8, 0.9), new("Person", 5, 3, 0.8), new("Email", 12, 50, 0.9)]);

        Assert.That(masked, Is.EqualTo("[Person] at [Email]"));
    }

    [TestCase("I reviewed it with Priya in Berlin", "I reviewed it with [redacted] in [redacted]")]
    [TestCase("see https://wiki.example/x and order 123456", "see [redacted] and order [redacted]")]
    [TestCase("thanks <@U42> and <#C1|general>", "thanks <@U42> and <#C1|general>")]
    [TestCase("fixed the flaky test", "fixed the flaky test")]
    public void LocalMask_Text_MasksAnythingThatMightBePersonal(string text, string expected) =>
        Assert.That(LocalPiiMask.Apply(text), Is.EqualTo(expected));
}

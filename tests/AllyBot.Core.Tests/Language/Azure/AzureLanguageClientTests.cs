using System.Diagnostics;
using AllyBot.Core.Language;
using AllyBot.Core.Language.Azure;
using AllyBot.Core.Telemetry;
using AllyBot.Rules.Language;
using AllyBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Language.Azure;

public sealed class AzureLanguageClientTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly TestMeterFactory _meters = new();
    private readonly HttpClient _http = new();
    private FakeAnalyzeTextService _service = null!;

    [SetUp]
    public async Task StartAsync() => _service = await FakeAnalyzeTextService.StartAsync();

    [TearDown]
    public async Task StopAsync()
    {
        await _service.DisposeAsync();
        _http.Dispose();
        _meters.Dispose();
    }

    private AzureLanguageClient Client(TimeProvider? clock = null, AzureLanguageResilience? resilience = null) =>
        new(_http, _service.Endpoint, new SubscriptionKeyCredential("test-key"), clock ?? TimeProvider.System, new AllyBotMetrics(_meters), resilience);

    private MetricCollector<long> Outcomes() => new(_meters, AllyBotMetrics.MeterName, "allybot.language.calls");

    private static string? Outcome(MetricCollector<long> outcomes) => outcomes.GetMeasurementSnapshot() is [.., var last] ? last.Tags["outcome"] as string : null;

    private static Func<FakeAnalyzeTextService.RecordedCall, int, Task<IResult?>> Fail(int status, string? retryAfter = null, int times = int.MaxValue) =>
        (_, n) => Task.FromResult<IResult?>(n > times ? null : new Failure(status, retryAfter));

    [Test]
    public async Task DetectLanguages_Texts_PostsTheDocumentedRequestAndReadsEachDocument()
    {
        var found = await Client().DetectLanguagesAsync(["Das ist gut", "this is fine", "[error] broken"], Generous);

        var call = _service.Calls.Single();
        var documents = call.Body!["analysisInput"]!["documents"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(new ServiceLanguage?[] { new("de", 0.97), new("en", 0.91), null }));
            Assert.That((call.Method, call.Path, call.Query["api-version"].ToString()), Is.EqualTo(("POST", "/language/:analyze-text", "2023-04-01")));
            Assert.That(call.Key, Is.EqualTo("test-key"));
            Assert.That(call.Body!["kind"]!.GetValue<string>(), Is.EqualTo("LanguageDetection"));
            Assert.That(call.Body["parameters"]!["loggingOptOut"]!.GetValue<bool>(), Is.True);
            Assert.That(documents.Select(d => d!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "0", "1", "2" }));
        });
    }

    [Test]
    public async Task DetectLanguages_1001Texts_SendsTwoRequestsWithinTheDocumentLimit()
    {
        var texts = Enumerable.Range(0, 1001).Select(i => i % 2 == 0 ? "Das ist gut" : "fine").ToList();

        var found = await Client().DetectLanguagesAsync(texts, Generous);

        Assert.Multiple(() =>
        {
            Assert.That(_service.Calls.Select(c => c.Body!["analysisInput"]!["documents"]!.AsArray().Count), Is.EqualTo(new[] { 1000, 1 }));
            Assert.That(_service.Calls.Last().Body!["analysisInput"]!["documents"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("1000"));
            Assert.That(found!.Select(f => f!.Language), Is.EqualTo(texts.Select(t => t.Length > 4 ? "de" : "en")));
        });
    }

    [Test]
    public async Task DetectLanguages_TextOverTheDocumentLimit_SendsItsFirst5120Characters()
    {
        await Client().DetectLanguagesAsync([new string('a', 9000)], Generous);

        Assert.That(_service.Calls.Single().Body!["analysisInput"]!["documents"]![0]!["text"]!.GetValue<string>(), Has.Length.EqualTo(5120));
    }

    [Test]
    public async Task RecognizePii_SevenTexts_BatchesOfFiveWithUtf16OffsetsAndLanguage()
    {
        var texts = Enumerable.Range(0, 7).Select(i => $"{i}: thanks 🙌 Anna, mail ben@example.com").ToList();

        var found = await Client().RecognizePiiAsync(texts, "en", Generous);

        Assert.Multiple(() =>
        {
            Assert.That(_service.Calls.Select(c => c.Body!["analysisInput"]!["documents"]!.AsArray().Count), Is.EqualTo(new[] { 5, 2 }));
            Assert.That(_service.Calls.All(c => c.Body!["kind"]!.GetValue<string>() == "PiiEntityRecognition"
                && c.Body["parameters"]!["stringIndexType"]!.GetValue<string>() == "Utf16CodeUnit"
                && c.Body["analysisInput"]!["documents"]![0]!["language"]!.GetValue<string>() == "en"), Is.True);
            Assert.That(found![6]!.Select(e => (e.Category, texts[6].Substring(e.Offset, e.Length))), Is.EqualTo(new[] { ("Person", "Anna"), ("Email", "ben@example.com") }));
        });
    }

    [Test]
    public async Task RecognizePii_LongText_SplitsItAndMapsOffsetsBack()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 1500)) + "Anna did it";

        var found = await Client().RecognizePiiAsync([text], null, Generous);

        var entity = found!.Single()!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(_service.Calls.Single().Body!["analysisInput"]!["documents"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "0.0", "0.1" }));
            Assert.That(text.Substring(entity.Offset, entity.Length), Is.EqualTo("Anna"));
        });
    }

    [Test]
    public async Task RecognizePii_DocumentError_IsNullForThatTextOnly()
    {
        var found = await Client().RecognizePiiAsync(["[error] x", "Anna"], null, Generous);

        Assert.That(found!.Select(f => f?.Count), Is.EqualTo(new int?[] { null, 1 }));
    }

    [Test]
    public async Task Call_429WithShortRetryAfter_WaitsAndRetries()
    {
        _service.Override = Fail(429, retryAfter: "0", times: 1);

        var found = await Client().DetectLanguagesAsync(["Das ist gut"], Generous);

        Assert.Multiple(() =>
        {
            Assert.That(found!.Single()!.Language, Is.EqualTo("de"));
            Assert.That(_service.Calls, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Call_429WithRetryAfterBeyondTheBudget_GivesUpAtOnce()
    {
        using var outcomes = Outcomes();
        _service.Override = Fail(429, retryAfter: "30");
        var watch = Stopwatch.StartNew();

        var found = await Client().DetectLanguagesAsync(["Das ist gut"], Budget);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(_service.Calls, Has.Count.EqualTo(1), string.Join(" | ", _service.Calls.Select(c => $"{c.Method} {c.Path} {c.Body?.ToJsonString()}")));
            Assert.That(Outcome(outcomes), Is.EqualTo("throttled"));
            Assert.That(watch.Elapsed, Is.LessThan(Generous));
        });
    }

    [Test]
    public async Task Call_5xxThenOk_Retries()
    {
        _service.Override = Fail(503, times: 2);

        var found = await Client().DetectLanguagesAsync(["fine"], Generous);

        Assert.Multiple(() =>
        {
            Assert.That(found!.Single()!.Language, Is.EqualTo("en"));
            Assert.That(_service.Calls, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Call_5xxEveryTime_NoAnswerAfterTwoRetries()
    {
        using var outcomes = Outcomes();
        _service.Override = Fail(500);

        var found = await Client().DetectLanguagesAsync(["fine"], Generous);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(_service.Calls, Has.Count.EqualTo(3));
            Assert.That(Outcome(outcomes), Is.EqualTo("failed"));
        });
    }

    [Test]
    public async Task Call_400_NoAnswerWithoutRetrying()
    {
        _service.Override = Fail(400);

        var found = await Client().DetectLanguagesAsync(["a request the service refuses"], Generous);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(_service.Calls, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Call_SlowService_ReturnsNoAnswerWithinTheBudget()
    {
        using var outcomes = Outcomes();
        _service.Override = async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(60));
            return null;
        };
        var watch = Stopwatch.StartNew();

        var found = await Client().DetectLanguagesAsync(["Das ist gut"], Budget);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(Outcome(outcomes), Is.EqualTo("timeout"));
            Assert.That(watch.Elapsed, Is.LessThan(Generous), "bounded by the 300 ms budget (generously: shared CI machines)");
        });
    }

    [Test]
    public async Task Call_ServiceNeverAnswers_BudgetOnTheInjectedClockEndsIt()
    {
        var clock = new FakeTimeProvider();
        var release = new TaskCompletionSource();
        _service.Override = async (_, _) =>
        {
            await release.Task;
            return null;
        };

        var call = Client(clock).DetectLanguagesAsync(["Das ist gut"], Budget);
        while (_service.Calls.IsEmpty)
        {
            await Task.Delay(10);
        }

        var earlier = await Task.WhenAny(call, Task.Delay(200));
        clock.Advance(Budget);
        var found = await call.WaitAsync(Generous);
        release.SetResult();

        Assert.Multiple(() =>
        {
            Assert.That(earlier, Is.Not.SameAs(call), "still waiting before the clock reached the budget");
            Assert.That(found, Is.Null);
        });
    }

    [Test]
    public async Task Call_CircuitOpen_NoRequestAndDetectorFallsBackToTheLocalGuess()
    {
        using var outcomes = Outcomes();
        _service.Override = Fail(500);
        var client = Client(resilience: new AzureLanguageResilience { MinimumThroughput = 2, MaxRetries = 2, BreakDuration = TimeSpan.FromMinutes(5) });
        await client.DetectLanguagesAsync(["fine"], Generous);
        var callsBefore = _service.Calls.Count;

        var settings = new InMemoryLanguageSettingsStore();
        await settings.SaveAsync("T1", LanguageSettings.Default with { EnrichmentOn = true });
        var detector = new LanguageDetector(client, settings, new LanguageOptions(), new AllyBotMetrics(_meters));
        var detected = await detector.DetectAsync("T1", "hey Jungs", LanguageGuesser.Analyse("hey Jungs"));

        Assert.Multiple(() =>
        {
            Assert.That(_service.Calls, Has.Count.EqualTo(callsBefore));
            Assert.That(Outcome(outcomes), Is.EqualTo("circuit_open"));
            Assert.That(detected, Is.EqualTo(new DetectedLanguage("en", 0, LanguageSource.Default)));
        });
    }

    [Test]
    public async Task Classify_Texts_RunsAJobPollsItAndReadsTheLabels()
    {
        var labels = await Client().ClassifyAsync(["watch your tone", "thanks all"], new ClassifierDeployment("tone", "prod", MultiLabel: false), Generous);

        var post = _service.Calls.First();
        var task = post.Body!["tasks"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(labels!.Select(l => l!.Single().Category), Is.EqualTo(new[] { "condescending", "neutral" }));
            Assert.That((post.Method, post.Path, post.Query["api-version"].ToString()), Is.EqualTo(("POST", "/language/analyze-text/jobs", "2023-04-01")));
            Assert.That(task["kind"]!.GetValue<string>(), Is.EqualTo("CustomSingleLabelClassification"));
            Assert.That((task["parameters"]!["projectName"]!.GetValue<string>(), task["parameters"]!["deploymentName"]!.GetValue<string>()), Is.EqualTo(("tone", "prod")));
            Assert.That(_service.Calls.Count(c => c.Method == "GET"), Is.EqualTo(2), "one 'running' poll, then the result");
        });
    }

    private sealed class Failure(int status, string? retryAfter) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                httpContext.Response.Headers.RetryAfter = retryAfter;
            }

            await httpContext.Response.WriteAsJsonAsync(new { error = new { code = status == 429 ? "TooManyRequests" : "InternalServerError", message = "Fake failure." } });
        }
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Core.Tests.Language.Azure;

/// <summary>
/// The Azure AI Language analyze-text contract (api-version 2023-04-01) on a loopback port, answering in the shape
/// the real service does: language detection (German for texts with "ist"/"Jungs"/"das", "[error]" documents get a
/// per-document error), PII (the names Anna and Ben, e-mail addresses) and custom classification jobs (202, one
/// "running" poll, then labels: "tone" texts are "condescending"). <see cref="Override"/> replaces any answer.
/// </summary>
internal sealed partial class FakeAnalyzeTextService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _jobPolls;

    private FakeAnalyzeTextService(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Answers instead of the contract when it returns a result (by call number, from 1).</summary>
    public Func<RecordedCall, int, Task<IResult?>>? Override { get; set; }

    public sealed record RecordedCall(string Method, string Path, IQueryCollection Query, string? Key, string? Authorization, JsonNode? Body);

    public static async Task<FakeAnalyzeTextService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeAnalyzeTextService(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        JsonNode? body = null;
        if (request.ContentLength > 0 || request.Headers.ContentType.Count > 0)
        {
            body = await JsonNode.ParseAsync(request.Body);
        }

        var call = new RecordedCall(request.Method, request.Path.Value!, request.Query, request.Headers["Ocp-Apim-Subscription-Key"].FirstOrDefault(), request.Headers.Authorization.FirstOrDefault(), body);
        Calls.Enqueue(call);
        var result = Override is null ? null : await Override(call, Calls.Count);
        result ??= Contract(call, $"{request.Scheme}://{request.Host}");
        await result.ExecuteAsync(http);
    }

    private IResult Contract(RecordedCall call, string origin)
    {
        if (call.Query["api-version"] != "2023-04-01")
        {
            return Results.Json(new { error = new { code = "InvalidRequest", message = "Unsupported api-version." } }, statusCode: 400);
        }

        if (call.Method == "POST" && call.Path == "/language/:analyze-text")
        {
            var documents = call.Body!["analysisInput"]!["documents"]!.AsArray();
            return call.Body["kind"]!.GetValue<string>() switch
            {
                "LanguageDetection" => Results.Json(new
                {
                    kind = "LanguageDetectionResults",
                    results = new
                    {
                        documents = documents.Where(d => !Text(d).Contains("[error]", StringComparison.Ordinal)).Select(d => new
                        {
                            id = Id(d),
                            detectedLanguage = GermanWords().IsMatch(Text(d))
                                ? new { name = "German", iso6391Name = "de", confidenceScore = 0.97 }
                                : new { name = "English", iso6391Name = "en", confidenceScore = 0.91 },
                            warnings = Array.Empty<object>(),
                        }),
                        errors = Errors(documents),
                        modelVersion = "2022-10-01",
                    },
                }),
                "PiiEntityRecognition" => Results.Json(new
                {
                    kind = "PiiEntityRecognitionResults",
                    results = new
                    {
                        documents = documents.Where(d => !Text(d).Contains("[error]", StringComparison.Ordinal)).Select(d => new
                        {
                            id = Id(d),
                            redactedText = "(not used)",
                            entities = PiiPattern().Matches(Text(d)).Select(m => new
                            {
                                text = m.Value,
                                category = m.Value.Contains('@', StringComparison.Ordinal) ? "Email" : "Person",
                                offset = m.Index,
                                length = m.Length,
                                confidenceScore = 0.93,
                            }),
                            warnings = Array.Empty<object>(),
                        }),
                        errors = Errors(documents),
                        modelVersion = "2023-09-01",
                    },
                }),
                var kind => Results.Json(new { error = new { code = "InvalidArgument", message = $"Unknown kind {kind}." } }, statusCode: 400),
            };
        }

        if (call.Method == "POST" && call.Path == "/language/analyze-text/jobs")
        {
            _jobPolls = 0;
            JobDocuments = call.Body!["analysisInput"]!["documents"]!.AsArray().Select(d => (Id(d), Text(d))).ToList();
            return new AcceptedWithLocation($"{origin}/language/analyze-text/jobs/job-1?api-version=2023-04-01");
        }

        if (call.Method == "GET" && call.Path == "/language/analyze-text/jobs/job-1")
        {
            if (Interlocked.Increment(ref _jobPolls) == 1)
            {
                return Results.Json(new { jobId = "job-1", status = "running", tasks = new { completed = 0, failed = 0, inProgress = 1, total = 1 } });
            }

            return Results.Json(new
            {
                jobId = "job-1",
                status = "succeeded",
                tasks = new
                {
                    completed = 1, failed = 0, inProgress = 0, total = 1,
                    items = new[]
                    {
                        new
                        {
                            kind = "CustomSingleLabelClassificationLROResults",
                            taskName = "classify",
                            status = "succeeded",
                            results = new
                            {
                                documents = JobDocuments.Select(d => new
                                {
                                    id = d.Id,
                                    @class = d.Text.Contains("tone", StringComparison.Ordinal)
                                        ? new[] { new { category = "condescending", confidenceScore = 0.88 } }
                                        : [new { category = "neutral", confidenceScore = 0.95 }],
                                    warnings = Array.Empty<object>(),
                                }),
                                errors = Array.Empty<object>(),
                                projectName = "tone",
                                deploymentName = "prod",
                            },
                        },
                    },
                },
            });
        }

        return Results.NotFound();
    }

    private List<(string Id, string Text)> JobDocuments { get; set; } = [];

    private static string Id(JsonNode? document) => document!["id"]!.GetValue<string>();

    private static string Text(JsonNode? document) => document!["text"]!.GetValue<string>();

    private static IEnumerable<object> Errors(JsonArray documents) =>
        documents.Where(d => Text(d).Contains("[error]", StringComparison.Ordinal))
            .Select(d => new { id = Id(d), error = new { code = "InvalidArgument", message = "Invalid document in request.", innererror = new { code = "InvalidDocument", message = "Document text is empty." } } });

    [GeneratedRegex(@"\b(ist|das|Jungs)\b")]
    private static partial Regex GermanWords();

    [GeneratedRegex(@"\b(Anna|Ben)\b|[\w.]+@[\w.]+\w")]
    private static partial Regex PiiPattern();

    private sealed class AcceptedWithLocation(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status202Accepted;
            httpContext.Response.Headers["operation-location"] = location;
            return Task.CompletedTask;
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AllyBot.Core.Ports;
using AllyBot.Core.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using static AllyBot.Core.Language.Azure.AnalyzeTextLimits;

namespace AllyBot.Core.Language.Azure;

/// <summary>
/// Azure AI Language over REST (<c>POST {endpoint}/language/:analyze-text?api-version=2023-04-01</c> for language
/// detection and PII, the <c>analyze-text/jobs</c> API for custom text classification), batched within the service's
/// limits (<see cref="AnalyzeTextLimits"/>), each call bounded by its budget (see <see cref="AzureLanguageResilience"/>).
/// Any failure is "no answer" (null) and a metric, never an exception; texts are never logged. Service-side input
/// logging is turned off (<c>loggingOptOut</c>).
/// </summary>
public sealed class AzureLanguageClient : ITextAnalysis
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly ILanguageServiceCredential _credential;
    private readonly TimeProvider _clock;
    private readonly AllyBotMetrics _metrics;
    private readonly ResiliencePipeline _budget;
    private readonly ResiliencePipeline<HttpResponseMessage> _attempts;

    public AzureLanguageClient(HttpClient http, Uri endpoint, ILanguageServiceCredential credential, TimeProvider clock, AllyBotMetrics metrics, AzureLanguageResilience? resilience = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _endpoint = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _budget = AzureLanguageResilience.Budget(clock);
        _attempts = (resilience ?? new AzureLanguageResilience()).Attempts(clock);
    }

    public bool IsConfigured => true;

    public Task<IReadOnlyList<ServiceLanguage?>?> DetectLanguagesAsync(IReadOnlyList<string> texts, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return RunAsync<IReadOnlyList<ServiceLanguage?>>("LanguageDetection", budget, async token =>
        {
            var results = new ServiceLanguage?[texts.Count];
            foreach (var batch in Batches(texts, LanguageDetectionDocuments, RequestCharacters))
            {
                var request = new AnalyzeTextRequest("LanguageDetection", new AnalyzeTextParameters("latest", LoggingOptOut: true), new AnalysisInput(batch));
                var response = await AnalyzeAsync<LanguageDocument>(request, budget, token).ConfigureAwait(false);
                foreach (var document in response.Results.Documents)
                {
                    results[IndexOf(document.Id, texts.Count)] = new ServiceLanguage(document.DetectedLanguage.Iso6391Name, document.DetectedLanguage.ConfidenceScore);
                }
            }

            return results;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<IReadOnlyList<PiiEntity>?>?> RecognizePiiAsync(IReadOnlyList<string> texts, string? language, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return RunAsync<IReadOnlyList<IReadOnlyList<PiiEntity>?>>("PiiEntityRecognition", budget, async token =>
        {
            // Long texts go as several documents ("<text index>.<chunk>") whose offsets are mapped back.
            var chunks = texts.SelectMany((text, i) => DocumentChunks.Split(text, MaxDocumentTextElements).Select((c, k) => (Id: $"{i}.{k}", Index: i, c.Offset, Chunk: c.Text))).ToList();
            var found = new List<PiiEntity>?[texts.Count];
            var failed = new bool[texts.Count];
            foreach (var batch in chunks.Chunk(PiiDocuments))
            {
                var request = new AnalyzeTextRequest(
                    "PiiEntityRecognition",
                    new AnalyzeTextParameters("latest", StringIndexType: "Utf16CodeUnit", LoggingOptOut: true),
                    new AnalysisInput([.. batch.Select(c => new TextDocument(c.Id, c.Chunk, language))]));
                var response = await AnalyzeAsync<PiiDocument>(request, budget, token).ConfigureAwait(false);
                foreach (var error in response.Results.Errors)
                {
                    var chunk = batch.SingleOrDefault(c => c.Id == error.Id);
                    failed[chunk.Id is null ? throw new LanguageServiceException($"The service reported an error for a document it was not sent ('{error.Id}').") : chunk.Index] = true;
                }

                foreach (var document in response.Results.Documents)
                {
                    var chunk = batch.SingleOrDefault(c => c.Id == document.Id);
                    if (chunk.Id is null)
                    {
                        throw new LanguageServiceException($"The service answered for a document it was not sent ('{document.Id}').");
                    }

                    (found[chunk.Index] ??= []).AddRange(document.Entities.Select(e => new PiiEntity(e.Category, e.Offset + chunk.Offset, e.Length, e.ConfidenceScore)));
                }
            }

            return [.. found.Select((entities, i) => failed[i] ? null : (IReadOnlyList<PiiEntity>?)(entities ?? []))];
        }, cancellationToken);
    }

    public Task<IReadOnlyList<IReadOnlyList<ClassLabel>?>?> ClassifyAsync(IReadOnlyList<string> texts, ClassifierDeployment deployment, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(deployment);
        var kind = deployment.MultiLabel ? "CustomMultiLabelClassification" : "CustomSingleLabelClassification";
        return RunAsync<IReadOnlyList<IReadOnlyList<ClassLabel>?>>(kind, budget, async token =>
        {
            var results = new IReadOnlyList<ClassLabel>?[texts.Count];
            foreach (var batch in Batches(texts, JobDocuments, JobCharacters))
            {
                var job = new AnalyzeJobRequest(
                    "allybot", new AnalysisInput(batch), [new AnalyzeJobTask(kind, "classify", new ClassificationParameters(deployment.ProjectName, deployment.DeploymentName, LoggingOptOut: true))]);
                var state = await RunJobAsync(job, budget, token).ConfigureAwait(false);
                var task = state.Tasks?.Items.FirstOrDefault(t => t.Results is not null)
                    ?? throw new LanguageServiceException($"The classification job ended '{state.Status}' without results.");
                foreach (var document in task.Results!.Documents)
                {
                    results[IndexOf(document.Id, texts.Count)] = [.. document.Class.Select(c => new ClassLabel(c.Category, c.ConfidenceScore))];
                }
            }

            return results;
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> within <paramref name="budget"/>; null (and a metric saying why) on any failure.</summary>
    private async Task<T?> RunAsync<T>(string kind, TimeSpan budget, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AzureLanguageResilience.BudgetKey, budget);
        string outcome;
        try
        {
            var result = await _budget.ExecuteAsync(static (ctx, state) => new ValueTask<T>(state(ctx.CancellationToken)), context, work).ConfigureAwait(false);
            _metrics.LanguageServiceCalled(kind, "ok");
            return result;
        }
        catch (TimeoutRejectedException)
        {
            outcome = "timeout";
        }
        catch (BrokenCircuitException)
        {
            outcome = "circuit_open";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = "timeout";
        }
        catch (Exception e) when (e is HttpRequestException or LanguageServiceException or JsonException or NotSupportedException)
        {
            outcome = e is LanguageServiceException { Status: HttpStatusCode.TooManyRequests } ? "throttled" : "failed";
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        _metrics.LanguageServiceCalled(kind, outcome);
        return null;
    }

    private async Task<AnalyzeTextResponse<TDocument>> AnalyzeAsync<TDocument>(AnalyzeTextRequest body, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, new Uri(_endpoint, $"language/:analyze-text?api-version={ApiVersion}"), body, budget, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<AnalyzeTextResponse<TDocument>>(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AnalyzeJobState> RunJobAsync(AnalyzeJobRequest body, TimeSpan budget, CancellationToken cancellationToken)
    {
        Uri location;
        using (var accepted = await SendAsync(HttpMethod.Post, new Uri(_endpoint, $"language/analyze-text/jobs?api-version={ApiVersion}"), body, budget, cancellationToken).ConfigureAwait(false))
        {
            location = accepted.Headers.TryGetValues("operation-location", out var values) && Uri.TryCreate(values.FirstOrDefault(), UriKind.Absolute, out var uri)
                && uri.Host == _endpoint.Host
                ? uri
                : throw new LanguageServiceException("The classification job was accepted without a usable operation-location.");
        }

        while (true)
        {
            using var polled = await SendAsync(HttpMethod.Get, location, null, budget, cancellationToken).ConfigureAwait(false);
            var state = await ReadAsync<AnalyzeJobState>(polled, cancellationToken).ConfigureAwait(false);
            switch (state.Status.ToLowerInvariant())
            {
                case "succeeded" or "partiallycompleted" or "partiallysucceeded":
                    return state;
                case "failed" or "cancelled" or "cancelling":
                    throw new LanguageServiceException($"The classification job ended '{state.Status}' ({(state.Errors is [var first, ..] ? first.Code : null)}).");
                default:
                    await Task.Delay(PollInterval, _clock, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>One exchange through retry, breaker and attempt timeout (which read <paramref name="budget"/> from the context).</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, object? body, TimeSpan budget, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AzureLanguageResilience.BudgetKey, budget);
        HttpResponseMessage response;
        try
        {
            response = await _attempts.ExecuteAsync(
                async (ctx, _) =>
                {
                    var token = ctx.CancellationToken;
                    using var request = new HttpRequestMessage(method, uri);
                    if (body is not null)
                    {
                        request.Content = JsonContent.Create(body, body.GetType(), options: Json);
                    }

                    await _credential.AuthenticateAsync(request, token).ConfigureAwait(false);
                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
                },
                context,
                0).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            string? code = null;
            try
            {
                using var error = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
                code = error.RootElement.TryGetProperty("error", out var e) && e.TryGetProperty("code", out var c) ? c.GetString() : null;
            }
            catch (JsonException)
            {
                // an error without a JSON body: the status says enough
            }

            throw new LanguageServiceException(response.StatusCode, code);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new LanguageServiceException("The service answered with an empty body.");

    /// <summary>Documents with ids "0", "1"... (each cut to the per-document limit), grouped within the request limits.</summary>
    private static IEnumerable<List<TextDocument>> Batches(IReadOnlyList<string> texts, int maxDocuments, int maxCharacters)
    {
        var batch = new List<TextDocument>();
        var characters = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = DocumentChunks.Split(texts[i], MaxDocumentTextElements)[0].Text;
            if (batch.Count == maxDocuments || (batch.Count > 0 && characters + text.Length > maxCharacters))
            {
                yield return batch;
                batch = [];
                characters = 0;
            }

            batch.Add(new TextDocument(i.ToString(CultureInfo.InvariantCulture), text));
            characters += text.Length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static int IndexOf(string id, int count) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count
            ? index
            : throw new LanguageServiceException($"The service answered for a document it was not sent ('{id}').");
}

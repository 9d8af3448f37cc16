using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace AllyBot.Slack.Tests.Support;

/// <summary>
/// A fake Slack Web API as an <see cref="HttpMessageHandler"/>: records every call (method, form, auth header) and
/// answers from a script per method, <c>{"ok":true}</c> by default.
/// </summary>
internal sealed class FakeSlackApi : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponseMessage>>> _scripts = new();

    public ConcurrentQueue<FakeSlackCall> Calls { get; } = new();

    public Func<DateTimeOffset>? Clock { get; set; }

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    public FakeSlackApi Answer(string method, string json, HttpStatusCode status = HttpStatusCode.OK, TimeSpan? retryAfter = null)
    {
        _scripts.GetOrAdd(method, _ => new()).Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (retryAfter is { } wait)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            }

            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var contentType = request.Content?.Headers.ContentType?.MediaType;
        var form = contentType == "application/x-www-form-urlencoded"
            ? QueryHelpers.ParseQuery(body).ToDictionary(f => f.Key, f => f.Value.ToString())
            : [];
        Calls.Enqueue(new FakeSlackCall(method, request.RequestUri, request.Headers.Authorization?.ToString(), contentType, form, body, Clock?.Invoke()));
        if (_scripts.TryGetValue(method, out var script) && script.TryDequeue(out var answer))
        {
            return answer();
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"ok":true}""", Encoding.UTF8, "application/json") };
    }
}

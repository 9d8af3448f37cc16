using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.Tests.Edges;

/// <summary>
/// A Slack Web API on a loopback port: records each call (method, form fields, bearer token) and answers ok, or, for
/// as long as <see cref="Failure"/> returns an error code for a call, <c>ok:false</c> with that error.
/// </summary>
internal sealed class FakeSlackWebApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;

    private FakeSlackWebApi(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, Dictionary<string, string> Fields, string? Authorization)> Calls { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>How long each call takes to answer (a slow Slack). <value>Zero.</value></summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Calls that arrived and are still waiting out <see cref="Delay"/>.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>
    /// Callers (by bearer token) known to have died: a call of theirs still inside <see cref="Delay"/> is dropped, not
    /// recorded, as Slack does not complete a request whose caller vanished (Kestrel does not always notice a
    /// killed client in time for <c>RequestAborted</c>).
    /// </summary>
    public ConcurrentDictionary<string, bool> DeadCallers { get; } = new(StringComparer.Ordinal);

    /// <summary>Given the method and how many calls of it came before, the Slack error to answer, or null for ok.</summary>
    public Func<string, int, string?>? Failure { get; set; }

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeSlackWebApi(app);
        app.MapPost("/api/{method}", async (string method, HttpRequest request) =>
        {
            var fields = new Dictionary<string, string>();
            if (request.HasFormContentType)
            {
                foreach (var (key, value) in await request.ReadFormAsync())
                {
                    fields[key] = value.ToString();
                }
            }
            else
            {
                using var reader = new StreamReader(request.Body);
                fields["json"] = await reader.ReadToEndAsync();
            }

            if (fake.Delay > TimeSpan.Zero)
            {
                Interlocked.Increment(ref fake._inFlight);
                try
                {
                    await Task.Delay(fake.Delay, CancellationToken.None);
                }
                finally
                {
                    Interlocked.Decrement(ref fake._inFlight);
                }

                if (request.HttpContext.RequestAborted.IsCancellationRequested || fake.DeadCallers.ContainsKey(request.Headers.Authorization.ToString()))
                {
                    // The caller gave up (or died) before Slack finished the call: it is not recorded as delivered.
                    return Results.StatusCode(499);
                }
            }

            var earlier = fake.Calls.Count(c => c.Method == method);
            fake.Calls.Enqueue((method, fields, request.Headers.Authorization.ToString()));
            if (fake.Failure?.Invoke(method, earlier) is { } error)
            {
                return Results.Json(new { ok = false, error });
            }

            return Results.Json(new { ok = true, message_ts = "1763900000.000200", channel = "D0ALLYBOT", ts = "1763900000.000200" });
        });
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/";
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllyBot.Slack.Tests.Support;

/// <summary>
/// Slack's side of Socket Mode on loopback (Kestrel + WebSockets): <c>POST /api/apps.connections.open</c> hands out
/// <c>ws://127.0.0.1:port/link/?ticket=N</c>, and each accepted connection is given to the test as a
/// <see cref="FakeSocketConnection"/> to script (send hello, envelopes, disconnect; read acks).
/// </summary>
internal sealed class FakeSocketModeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeSocketConnection> _connections = Channel.CreateUnbounded<FakeSocketConnection>();
    private int _tickets;

    private FakeSocketModeSlack(WebApplication app) => _app = app;

    public ConcurrentQueue<string?> OpenCalls { get; } = new();

    public Uri ApiBaseUrl { get; private set; } = null!;

    public static async Task<FakeSocketModeSlack> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSocketModeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpContext context) =>
        {
            fake.OpenCalls.Enqueue(context.Request.Headers.Authorization.ToString());
            var ticket = Interlocked.Increment(ref fake._tickets);
            var url = new Uri(fake.ApiBaseUrl, $"/link/?ticket={ticket}").AbsoluteUri.Replace("http://", "ws://", StringComparison.Ordinal);
            return Results.Json(new { ok = true, url });
        });
        app.Map("/link", async (HttpContext context) =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                return Results.BadRequest();
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var connection = new FakeSocketConnection(socket, int.Parse(context.Request.Query["ticket"]!, System.Globalization.CultureInfo.InvariantCulture));
            await fake._connections.Writer.WriteAsync(connection);
            await connection.Finished;
            return Results.Empty;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>The next connection AllyBot opens.</summary>
    public async Task<FakeSocketConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _connections.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

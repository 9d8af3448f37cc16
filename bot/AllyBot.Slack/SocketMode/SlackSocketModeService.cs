using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllyBot.Slack.Configuration;
using AllyBot.Slack.WebApi;
using AllyBot.Slack.Wire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.SocketMode;

/// <summary>
/// Socket Mode (protocols.md §3.7): opens a connection with <c>apps.connections.open</c>, waits for <c>hello</c>,
/// persists each envelope and acks it (<c>{"envelope_id","payload"}</c>) right after, and reconnects when Slack
/// says <c>disconnect</c> (at once) or the connection drops (with capped exponential backoff). Slack redelivers
/// unacked envelopes after a reconnect with the same payload, so the same dedupe keys stop duplicates.
/// </summary>
internal sealed class SlackSocketModeService(
    SlackWebApiClient api,
    SlackSocketEnvelopeHandler handler,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private const int MaxMessageBytes = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool graceful;
            string problem;
            try
            {
                var url = await api.OpenConnectionAsync(options.Value.AppToken!, stoppingToken).ConfigureAwait(false);
                (graceful, problem) = await RunConnectionAsync(url, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is WebSocketException or SlackApiException or HttpRequestException or JsonException or OperationCanceledException)
            {
                (graceful, problem) = (false, e.GetType().Name);
            }

            if (graceful)
            {
                failures = 0;
                continue;
            }

            var delay = Backoff(failures++);
            logger.ConnectionLost(problem, delay);
            try
            {
                await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The wait before reconnect attempt <paramref name="failures"/> + 1: 1 s, 2 s, 4 s... up to 30 s, plus up to 25% jitter.</summary>
    public static TimeSpan Backoff(int failures)
    {
        var baseDelay = FirstRetryDelay * Math.Pow(2, Math.Min(failures, 10));
        var capped = baseDelay < MaxRetryDelay ? baseDelay : MaxRetryDelay;
#pragma warning disable CA5394 // jitter, not security
        return capped + (capped * (Random.Shared.NextDouble() / 4));
#pragma warning restore CA5394
    }

    /// <summary>Serves one connection until it ends: (true, reason) after a disconnect request, (false, problem) after a drop.</summary>
    private async Task<(bool Graceful, string Problem)> RunConnectionAsync(Uri url, CancellationToken cancellationToken = default)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        var buffer = new ArrayBufferWriter<byte>();
        while (socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            var frame = await ReceiveMessageAsync(socket, buffer, cancellationToken).ConfigureAwait(false);
            if (frame == WebSocketMessageType.Close)
            {
                logger.ClosedByServer(socket.CloseStatus);
                return (false, "closed by server");
            }

            SlackSocketMessage? message;
            try
            {
                message = JsonSerializer.Deserialize<SlackSocketMessage>(buffer.WrittenSpan, SlackJson.Options);
            }
            catch (JsonException)
            {
                logger.MessageMalformed();
                continue;
            }

            switch (message)
            {
                case { Type: "hello" }:
                    logger.Connected(message.NumConnections ?? 1);
                    break;
                case { Type: "disconnect" }:
                    logger.DisconnectRequested(message.Reason);
                    await CloseQuietlyAsync(socket, cancellationToken).ConfigureAwait(false);
                    return (true, message.Reason ?? "disconnect");
                case { EnvelopeId: { } envelopeId }:
                    if (await HandleEnvelopeAsync(message, cancellationToken).ConfigureAwait(false) is not { } payload)
                    {
                        break; // not acked: Slack delivers it again
                    }

                    var ack = JsonSerializer.SerializeToUtf8Bytes(new SlackSocketAck(envelopeId, payload), SlackJson.Options);
                    await socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                    logger.EnvelopeAcked(message.Type, message.RetryAttempt ?? 0);
                    break;
            }
        }

        return (false, socket.State.ToString());
    }

    /// <summary>The ack payload, or null when the envelope could not be persisted (it is then not acked, so Slack retries it).</summary>
    private async Task<JsonNode?> HandleEnvelopeAsync(SlackSocketMessage message, CancellationToken cancellationToken = default)
    {
        if (message.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return new JsonObject();
        }

        try
        {
            var ack = await handler.HandleAsync(message.Type, payload, cancellationToken).ConfigureAwait(false);
            return ack.Body ?? new JsonObject();
        }
        catch (JsonException)
        {
            logger.MessageMalformed();
            return new JsonObject();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.EnvelopeFailed(message.Type, e.GetType().Name);
            return null;
        }
    }

    private static async Task<WebSocketMessageType> ReceiveMessageAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return WebSocketMessageType.Close;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException("Socket Mode message larger than the limit.");
            }

            if (result.EndOfMessage)
            {
                return result.MessageType;
            }
        }
    }

    /// <summary>Completes the close handshake (our close, then Slack's), waiting at most two seconds.</summary>
    private static async Task CloseQuietlyAsync(ClientWebSocket socket, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
            var drain = new byte[4096];
            while (socket.State == WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(drain, timeout.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The old connection is being replaced; nothing to do.
        }
    }
}

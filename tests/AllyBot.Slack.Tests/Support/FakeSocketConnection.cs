using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AllyBot.Slack.Tests.Support;

/// <summary>One Socket Mode connection, scripted by a test from Slack's side.</summary>
internal sealed class FakeSocketConnection(WebSocket socket, int ticket)
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Ticket { get; } = ticket;

    public Task Finished => _finished.Task;

    public async Task SendAsync(string json)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
    }

    public Task SendAsync(JsonNode json) => SendAsync(json.ToJsonString());

    /// <summary>The next message AllyBot sends (an ack), or null when it closed the connection.</summary>
    public async Task<JsonNode?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray());
            }
        }
    }

    /// <summary>Ends the connection politely (after AllyBot closed its side) or by dropping it.</summary>
    public async Task EndAsync(bool drop = false)
    {
        try
        {
            if (drop)
            {
                socket.Abort();
            }
            else if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // AllyBot already dropped the connection (it aborts on shutdown).
        }
        finally
        {
            _finished.TrySetResult();
        }
    }
}

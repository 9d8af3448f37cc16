using System.Collections.Concurrent;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Testing;

/// <summary>Records what AllyBot would have sent, in order.</summary>
public sealed class RecordingChatSender : IChatSender
{
    private readonly ConcurrentQueue<object> _sent = new();

    public IReadOnlyList<object> Sent => [.. _sent];

    public IReadOnlyList<Nudge> Nudges => [.. _sent.OfType<Nudge>()];

    public IReadOnlyList<PrivateReply> Replies => [.. _sent.OfType<PrivateReply>()];

    public Task SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(nudge);
        return Task.CompletedTask;
    }

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(reply);
        return Task.CompletedTask;
    }

    public void Clear() => _sent.Clear();
}

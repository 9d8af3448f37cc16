using System.Collections.Concurrent;
using System.Globalization;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Testing;

/// <summary>Records what AllyBot would have sent, updated and withdrawn, in order. Each nudge gets a receipt <c>nudge-N</c>.</summary>
public sealed class RecordingChatSender : IChatSender
{
    private readonly ConcurrentQueue<object> _sent = new();
    private int _receipts;

    public IReadOnlyList<object> Sent => [.. _sent];

    public IReadOnlyList<Nudge> Nudges => [.. _sent.OfType<Nudge>()];

    public IReadOnlyList<PrivateReply> Replies => [.. _sent.OfType<PrivateReply>()];

    /// <summary>Nudges replaced: the sent one and what replaced it.</summary>
    public IReadOnlyList<(SentNudge Sent, Nudge Nudge)> Updates => [.. _sent.OfType<(SentNudge, Nudge)>()];

    public IReadOnlyList<SentNudge> Withdrawals => [.. _sent.OfType<SentNudge>()];

    /// <summary>When set, the next nudge fails with this instead of being recorded (as if the process died storing it).</summary>
    public Exception? FailNextNudge { get; set; }

    public Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        if (FailNextNudge is { } failure)
        {
            FailNextNudge = null;
            return Task.FromException<NudgeReceipt?>(failure);
        }

        _sent.Enqueue(nudge);
        return Task.FromResult<NudgeReceipt?>(new NudgeReceipt("dm:" + nudge.RecipientId, "nudge-" + Interlocked.Increment(ref _receipts).ToString(CultureInfo.InvariantCulture)));
    }

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(reply);
        return Task.CompletedTask;
    }

    public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue((sent, nudge));
        return Task.FromResult<NudgeReceipt?>(sent.Receipt);
    }

    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(sent);
        return Task.CompletedTask;
    }

    public void Clear() => _sent.Clear();
}

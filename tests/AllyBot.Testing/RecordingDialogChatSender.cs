using System.Collections.Concurrent;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Testing;

/// <summary>Records everything AllyBot would have sent, dialogs and posts included, in order.</summary>
public sealed class RecordingDialogChatSender : IDialogChatSender
{
    private readonly ConcurrentQueue<object> _sent = new();

    public IReadOnlyList<object> Sent => [.. _sent];

    public IReadOnlyList<Nudge> Nudges => [.. _sent.OfType<Nudge>()];

    public IReadOnlyList<PrivateReply> Replies => [.. _sent.OfType<PrivateReply>()];

    public IReadOnlyList<DialogPrompt> Prompts => [.. _sent.OfType<DialogPrompt>()];

    public IReadOnlyList<ChannelPost> Posts => [.. _sent.OfType<ChannelPost>()];

    /// <summary>The DMs <paramref name="userId"/> got, in order.</summary>
    public IReadOnlyList<DialogPrompt> PromptsTo(string userId) => [.. Prompts.Where(p => p.RecipientId == userId)];

    public async Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        await Record(nudge);
        return new NudgeReceipt("dm:" + nudge.RecipientId, "nudge-" + _sent.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default)
    {
        await Record((sent, nudge));
        return sent.Receipt;
    }

    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default) => Record(sent);

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default) => Record(reply);

    public Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default) => Record(prompt);

    public Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default) => Record(post);

    public void Clear() => _sent.Clear();

    private Task Record(object item)
    {
        _sent.Enqueue(item);
        return Task.CompletedTask;
    }
}

using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;

namespace AllyBot.Host.Startup;

/// <summary>Sends each reply, prompt and post through the edge of the platform it belongs to.</summary>
internal sealed class ChatSenderRouter(IEnumerable<IPlatformChatSender> senders, IEnumerable<IPlatformDialogChatSender> dialogSenders, AllyBotMetrics metrics) : IDialogChatSender
{
    private readonly Dictionary<ChatPlatform, IPlatformChatSender> _senders = senders.ToDictionary(s => s.Platform);
    private readonly Dictionary<ChatPlatform, IPlatformDialogChatSender> _dialogSenders = dialogSenders.ToDictionary(s => s.Platform);

    public Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default) =>
        SenderFor(nudge.Where.Platform).SendNudgeAsync(nudge, cancellationToken);

    public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default) =>
        SenderFor(sent.Where.Platform).UpdateNudgeAsync(sent, nudge, cancellationToken);

    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default) =>
        SenderFor(sent.Where.Platform).WithdrawNudgeAsync(sent, cancellationToken);

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default) =>
        SenderFor(reply.Where.Platform).SendPrivateReplyAsync(reply, cancellationToken);

    public async Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default)
    {
        await DialogSenderFor(prompt.Where.Platform).SendDialogPromptAsync(prompt, cancellationToken).ConfigureAwait(false);
        metrics.DialogDelivered("prompt", prompt.Where.Platform.ToString());
    }

    public async Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default)
    {
        await DialogSenderFor(post.Where.Platform).PostToChannelAsync(post, cancellationToken).ConfigureAwait(false);
        metrics.DialogDelivered("post", post.Where.Platform.ToString());
    }

    private IPlatformChatSender SenderFor(ChatPlatform platform) =>
        _senders.TryGetValue(platform, out var sender)
            ? sender
            : throw new InvalidOperationException($"No {platform} edge is configured, so a reply to {platform} cannot be sent.");

    private IPlatformDialogChatSender DialogSenderFor(ChatPlatform platform) =>
        _dialogSenders.TryGetValue(platform, out var sender)
            ? sender
            : throw new InvalidOperationException($"The {platform} edge cannot send dialog prompts or channel posts.");
}

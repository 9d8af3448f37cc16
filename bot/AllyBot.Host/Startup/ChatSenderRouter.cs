using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Host.Startup;

/// <summary>Sends each reply through the edge of the platform it belongs to.</summary>
internal sealed class ChatSenderRouter(IEnumerable<IPlatformChatSender> senders) : IChatSender
{
    private readonly Dictionary<ChatPlatform, IPlatformChatSender> _senders = senders.ToDictionary(s => s.Platform);

    public Task SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default) =>
        SenderFor(nudge.Where.Platform).SendNudgeAsync(nudge, cancellationToken);

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default) =>
        SenderFor(reply.Where.Platform).SendPrivateReplyAsync(reply, cancellationToken);

    private IPlatformChatSender SenderFor(ChatPlatform platform) =>
        _senders.TryGetValue(platform, out var sender)
            ? sender
            : throw new InvalidOperationException($"No {platform} edge is configured, so a reply to {platform} cannot be sent.");
}

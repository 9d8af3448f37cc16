using AllyBot.Core.Replies;

namespace AllyBot.Core.Ports;

/// <summary>Sends AllyBot's replies on one platform. Implemented by each edge (and the playground).</summary>
public interface IChatSender
{
    /// <summary>Sends a nudge to its recipient only.</summary>
    Task SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default);

    /// <summary>Sends a reply only its recipient sees.</summary>
    Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default);
}

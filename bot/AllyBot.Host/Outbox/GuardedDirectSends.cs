using AllyBot.Core.Replies;
using AllyBot.Host.Startup;

namespace AllyBot.Host.Outbox;

/// <summary>
/// The sends that skip the outbox because they answer something happening now (private replies, nudge updates and
/// withdrawals), run within their platform's circuit and send timeout (<see cref="PlatformCircuits"/>), like the
/// outbox's own sends. While a platform keeps failing they fail at once instead of waiting on it, and their failures
/// count towards opening its circuit. A failure reaches the caller: the inbox entry behind it is retried later.
/// </summary>
internal sealed class GuardedDirectSends(ChatSenderRouter router, PlatformCircuits circuits)
{
    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return circuits.ExecuteAsync(reply.Where.Platform.ToString(), token => router.SendPrivateReplyAsync(reply, token), cancellationToken);
    }

    public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return circuits.ExecuteAsync(sent.Where.Platform.ToString(), token => router.UpdateNudgeAsync(sent, nudge, token), cancellationToken);
    }

    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return circuits.ExecuteAsync(sent.Where.Platform.ToString(), token => router.WithdrawNudgeAsync(sent, token), cancellationToken);
    }
}

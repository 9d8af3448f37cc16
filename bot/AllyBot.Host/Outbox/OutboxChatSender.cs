using System.Globalization;
using AllyBot.Core.Outbox;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Host.Outbox;

/// <summary>
/// What Core sends through: nudges, dialog prompts and channel posts are stored in the outbox (the decision is durable
/// before anything goes on the wire) and sent by <see cref="OutboxWorker"/>; private replies, nudge updates and
/// withdrawals answer something happening now and go straight to the platform, within its circuit
/// (<see cref="GuardedDirectSends"/>).
/// </summary>
/// <remarks>
/// A nudge returns no receipt here: the worker remembers the <see cref="SentNudge"/> once the platform gave one.
/// </remarks>
internal sealed class OutboxChatSender(IOutbox outbox, GuardedDirectSends direct, OutboxSignal signal, TimeProvider clock) : IDialogChatSender
{
    public async Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nudge);

        // One nudge per message and set of rules: an inbox retry of the same message cannot store it twice.
        var where = nudge.Where;
        var key = string.Join('|', "nudge", where.Platform, where.WorkspaceId, where.ChannelId, nudge.MessageId, string.Join(',', nudge.Items.Select(i => i.RuleId)));
        await EnqueueAsync(key, OutboxKinds.Nudge, where.Platform.ToString(), OutboxJson.Serialize(nudge), cancellationToken).ConfigureAwait(false);
        return null;
    }

    public Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return EnqueueAsync(NewKey(OutboxKinds.DialogPrompt), OutboxKinds.DialogPrompt, prompt.Where.Platform.ToString(), OutboxJson.Serialize(prompt), cancellationToken);
    }

    public Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        return EnqueueAsync(NewKey(OutboxKinds.ChannelPost), OutboxKinds.ChannelPost, post.Where.Platform.ToString(), OutboxJson.Serialize(post), cancellationToken);
    }

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default) =>
        direct.SendPrivateReplyAsync(reply, cancellationToken);

    public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default) =>
        direct.UpdateNudgeAsync(sent, nudge, cancellationToken);

    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default) =>
        direct.WithdrawNudgeAsync(sent, cancellationToken);

    private static string NewKey(string kind) => string.Create(CultureInfo.InvariantCulture, $"{kind}|{Guid.NewGuid():N}");

    private async Task EnqueueAsync(string key, string kind, string platform, string payload, CancellationToken cancellationToken)
    {
        await outbox.EnqueueAsync(key, kind, platform, payload, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        signal.Notify();
    }
}

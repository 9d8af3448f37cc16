using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Host.Playground;

/// <summary>The playground's edge: AllyBot's replies land in the transcript, marked as visible to one person only.</summary>
internal sealed class PlaygroundChatSender(PlaygroundTranscript transcript, TimeProvider clock) : IPlatformDialogChatSender
{
    public ChatPlatform Platform => ChatPlatform.Playground;

    public Task<NudgeReceipt?> SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        var shown = transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "nudge", nudge.Where.ChannelId, nudge.RecipientId, null, nudge.Items, nudge.MessageId));
        return Task.FromResult<NudgeReceipt?>(new NudgeReceipt(nudge.Where.ChannelId, Seq(shown)));
    }

    /// <summary>The playground shows the updated nudge as a new private note about the same message.</summary>
    public Task<NudgeReceipt?> UpdateNudgeAsync(SentNudge sent, Nudge nudge, CancellationToken cancellationToken = default)
    {
        var shown = transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "nudge", nudge.Where.ChannelId, nudge.RecipientId, null, nudge.Items, nudge.MessageId));
        return Task.FromResult<NudgeReceipt?>(sent.Receipt with { NudgeMessageId = Seq(shown) });
    }

    /// <summary>The page hides the withdrawn nudge (the <c>withdrawn</c> event names the message it was about).</summary>
    public Task WithdrawNudgeAsync(SentNudge sent, CancellationToken cancellationToken = default)
    {
        transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "withdrawn", sent.Where.ChannelId, "allybot", null, null, sent.MessageId));
        return Task.CompletedTask;
    }

    private static string Seq(PlaygroundEvent shown) => shown.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default)
    {
        transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "prompt", prompt.Where.ChannelId, prompt.RecipientId, prompt.Text, null, null) { Prompt = PlaygroundPrompt.From(prompt) });
        return Task.CompletedTask;
    }

    public Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default)
    {
        transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "post", post.Where.ChannelId, "allybot", post.Text, null, null));
        return Task.CompletedTask;
    }

    public Task SendPrivateReplyAsync(PrivateReply reply, CancellationToken cancellationToken = default)
    {
        transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "reply", reply.Where.ChannelId, reply.RecipientId, reply.Text, null, null));
        return Task.CompletedTask;
    }
}

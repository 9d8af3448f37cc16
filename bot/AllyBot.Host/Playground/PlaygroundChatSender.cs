using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Replies;

namespace AllyBot.Host.Playground;

/// <summary>The playground's edge: AllyBot's replies land in the transcript, marked as visible to one person only.</summary>
internal sealed class PlaygroundChatSender(PlaygroundTranscript transcript, TimeProvider clock) : IPlatformDialogChatSender
{
    public ChatPlatform Platform => ChatPlatform.Playground;

    public Task SendNudgeAsync(Nudge nudge, CancellationToken cancellationToken = default)
    {
        transcript.Add(seq => new PlaygroundEvent(seq, clock.GetUtcNow(), "nudge", nudge.Where.ChannelId, nudge.RecipientId, null, nudge.Items, nudge.MessageId));
        return Task.CompletedTask;
    }

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

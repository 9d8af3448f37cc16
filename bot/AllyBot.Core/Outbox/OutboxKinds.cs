namespace AllyBot.Core.Outbox;

/// <summary>What an outbox entry sends; its payload is the matching reply in <see cref="OutboxJson"/>.</summary>
public static class OutboxKinds
{
    /// <summary>A <see cref="Replies.Nudge"/>; once sent, its receipt is remembered as a <see cref="Replies.SentNudge"/>.</summary>
    public const string Nudge = "nudge";

    /// <summary>A <see cref="Replies.DialogPrompt"/> (a DM).</summary>
    public const string DialogPrompt = "dialog-prompt";

    /// <summary>A <see cref="Replies.ChannelPost"/>.</summary>
    public const string ChannelPost = "channel-post";
}

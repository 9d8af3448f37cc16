using AllyBot.Core.Replies;

namespace AllyBot.Core.Ports;

/// <summary>
/// The outbound port of scheduled dialogs, credits and amplification, on top of <see cref="IChatSender"/>. The
/// host's per-platform router implements both; each edge renders <see cref="DialogPrompt"/> as a DM with buttons and
/// inputs and <see cref="ChannelPost"/> as a bot post, turning <see cref="ChatMentions"/> tokens into mentions.
/// </summary>
public interface IDialogChatSender : IChatSender
{
    /// <summary>Sends a DM (a dialog step, a credit received, a digest) to <see cref="DialogPrompt.RecipientId"/>.</summary>
    Task SendDialogPromptAsync(DialogPrompt prompt, CancellationToken cancellationToken = default);

    /// <summary>Posts in a channel (or thread) for everyone there.</summary>
    Task PostToChannelAsync(ChannelPost post, CancellationToken cancellationToken = default);
}

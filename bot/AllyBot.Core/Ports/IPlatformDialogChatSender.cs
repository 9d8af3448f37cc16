using AllyBot.Core.Conversations;

namespace AllyBot.Core.Ports;

/// <summary>
/// An <see cref="IDialogChatSender"/> for one platform: what each edge's sender implements so that the host can route
/// dialog prompts and channel posts by <see cref="ChatAddress.Platform"/>, as it already routes nudges and replies.
/// </summary>
public interface IPlatformDialogChatSender : IDialogChatSender, IPlatformChatSender;

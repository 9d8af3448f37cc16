using AllyBot.Core.Conversations;

namespace AllyBot.Core.Ports;

/// <summary>An <see cref="IChatSender"/> for one platform; the host routes each reply to the edge of its platform.</summary>
public interface IPlatformChatSender : IChatSender
{
    /// <summary>The platform this sender delivers to.</summary>
    ChatPlatform Platform { get; }
}

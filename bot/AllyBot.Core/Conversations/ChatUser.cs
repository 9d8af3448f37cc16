namespace AllyBot.Core.Conversations;

/// <summary>Someone who writes in chat, as the platform identifies them.</summary>
/// <param name="Id">The platform's user id.</param>
/// <param name="IsBot">True for bots and apps, which AllyBot never nudges.</param>
public sealed record ChatUser(string Id, bool IsBot = false);

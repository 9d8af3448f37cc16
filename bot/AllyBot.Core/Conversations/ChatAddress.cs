namespace AllyBot.Core.Conversations;

/// <summary>A place in chat: a channel of a workspace (Slack team / Teams tenant), optionally a thread in it.</summary>
/// <param name="Platform">The chat platform.</param>
/// <param name="WorkspaceId">Slack team id or Teams tenant id.</param>
/// <param name="ChannelId">The channel or chat.</param>
/// <param name="ThreadId">The thread root, or null for the channel itself.</param>
public sealed record ChatAddress(ChatPlatform Platform, string WorkspaceId, string ChannelId, string? ThreadId = null);

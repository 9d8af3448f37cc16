using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>An edited message (<c>messageUpdate</c>) to re-check.</summary>
internal sealed record EditEvent(string DedupeKey, ChatMessageEdit Edit) : TeamsEvent;

using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>A new message to evaluate.</summary>
internal sealed record MessageEvent(string DedupeKey, ChatMessage Message) : TeamsEvent;

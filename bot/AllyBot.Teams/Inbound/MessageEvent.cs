using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>A message (or an edit of one) to evaluate.</summary>
internal sealed record MessageEvent(string DedupeKey, ChatMessage Message) : TeamsEvent;

using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>A deleted message (<c>messageDelete</c>) whose nudge is withdrawn.</summary>
internal sealed record DeletionEvent(string DedupeKey, ChatMessageDeletion Deletion) : TeamsEvent;

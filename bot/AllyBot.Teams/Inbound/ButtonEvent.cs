using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>A nudge button: an <c>adaptiveCard/action</c> invoke (<paramref name="IsInvoke"/>) or an Action.Submit message.</summary>
internal sealed record ButtonEvent(string DedupeKey, ChatButton Button, bool IsInvoke) : TeamsEvent;

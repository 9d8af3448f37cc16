using AllyBot.Teams.Installations;

namespace AllyBot.Teams.Inbound;

/// <summary>The bot was added to a team, chat or personal scope.</summary>
internal sealed record InstallEvent(ConversationReference Reference) : TeamsEvent;

using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>A command addressed to the bot.</summary>
internal sealed record CommandEvent(string DedupeKey, ChatCommand Command) : TeamsEvent;

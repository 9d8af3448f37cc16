using AllyBot.Core.Conversations;
using AllyBot.Teams.Cards;

namespace AllyBot.Teams.Inbound;

/// <summary><c>settings</c> or <c>admin rule add</c> (no YAML) typed to the bot: answered with a card, from the background.</summary>
internal sealed record CardRequestEvent(string DedupeKey, ChatCommand Command, CardRequest Kind) : TeamsEvent;

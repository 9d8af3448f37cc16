using System.Text.Json;
using AllyBot.Core.Conversations;

namespace AllyBot.Teams.Inbound;

/// <summary>A press on a settings or rule-form card (<see cref="Cards.CardVerbs"/>), answered in the invoke response.</summary>
/// <param name="Where">The channel the card is about (its data's <c>channel</c> in the activity's tenant).</param>
/// <param name="User">Who pressed.</param>
/// <param name="Verb">Which action.</param>
/// <param name="Data">The action's data with the card's inputs.</param>
internal sealed record CardActionEvent(ChatAddress Where, ChatUser User, string Verb, JsonElement Data) : TeamsEvent;

using System.Text.Json;

namespace AllyBot.Host.Playground.Teams;

/// <summary>One call AllyBot's Teams edge made to the playground's fake Connector, as the page shows it.</summary>
/// <param name="Operation"><c>createConversation</c>, <c>sendToConversation</c>, <c>replyToActivity</c>, <c>updateActivity</c> or <c>deleteActivity</c>.</param>
/// <param name="ConversationId">The conversation called (a 1:1 chat <c>a:...</c> or a channel thread).</param>
/// <param name="ActivityId">The activity created, replaced or deleted; null for conversations.</param>
/// <param name="Targeted">Sent as a Teams targeted message.</param>
/// <param name="Activity">The activity (or conversation parameters) exactly as received.</param>
public sealed record PlaygroundTeamsCall(string Operation, string ConversationId, string? ActivityId, bool Targeted, JsonElement? Activity);

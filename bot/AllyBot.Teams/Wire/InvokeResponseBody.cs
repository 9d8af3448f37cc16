using System.Text.Json.Nodes;

namespace AllyBot.Teams.Wire;

/// <summary>The HTTP body answering an <c>adaptiveCard/action</c> invoke: a message, or the card that replaces the pressed one.</summary>
internal sealed record InvokeResponseBody(int StatusCode, string Type, JsonNode Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams shows <paramref name="text"/> briefly; the card stays as it was.</summary>
    public static InvokeResponseBody Message(int statusCode, string text) => new(statusCode, MessageType, JsonValue.Create(text));

    /// <summary>Teams replaces the pressed card with <paramref name="card"/> (Universal Actions).</summary>
    public static InvokeResponseBody Card(JsonObject card) => new(200, CardType, card);
}

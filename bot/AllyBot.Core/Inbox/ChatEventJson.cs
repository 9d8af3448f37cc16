using System.Text.Json;
using System.Text.Json.Serialization;
using AllyBot.Core.Conversations;

namespace AllyBot.Core.Inbox;

/// <summary>The JSON form of events in the inbox. One place, so edges and workers always agree.</summary>
public static class ChatEventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ChatMessage message) => JsonSerializer.Serialize(message, Options);

    public static string Serialize(ChatCommand command) => JsonSerializer.Serialize(command, Options);

    public static string Serialize(ChatButton button) => JsonSerializer.Serialize(button, Options);

    public static string Serialize(ChatMessageEdit edit) => JsonSerializer.Serialize(edit, Options);

    public static string Serialize(ChatMessageDeletion deletion) => JsonSerializer.Serialize(deletion, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The inbox payload is not a {typeof(T).Name}.");
}

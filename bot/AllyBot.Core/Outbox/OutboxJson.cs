using System.Text.Json;
using System.Text.Json.Serialization;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Outbox;

/// <summary>The JSON form of replies in the outbox. One place, so the writer and the worker always agree.</summary>
public static class OutboxJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(Nudge nudge) => JsonSerializer.Serialize(nudge, Options);

    public static string Serialize(DialogPrompt prompt) => JsonSerializer.Serialize(new StoredPrompt(prompt.Where, prompt.RecipientId, prompt.Text, prompt.Input as MemberPickerInput, prompt.Input as TextAnswerInput, prompt.Choices), Options);

    public static string Serialize(ChannelPost post) => JsonSerializer.Serialize(post, Options);

    public static Nudge DeserializeNudge(string json) => Deserialize<Nudge>(json);

    public static DialogPrompt DeserializePrompt(string json)
    {
        var stored = Deserialize<StoredPrompt>(json);
        return new DialogPrompt(stored.Where, stored.RecipientId, stored.Text, (DialogInput?)stored.Picker ?? stored.TextAnswer, stored.Choices);
    }

    public static ChannelPost DeserializePost(string json) => Deserialize<ChannelPost>(json);

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The outbox payload is not a {typeof(T).Name}.");

    /// <summary>A prompt with its input split by kind, so the abstract <see cref="DialogInput"/> round-trips.</summary>
    private sealed record StoredPrompt(Conversations.ChatAddress Where, string RecipientId, string Text, MemberPickerInput? Picker, TextAnswerInput? TextAnswer, IReadOnlyList<DialogChoice> Choices);
}

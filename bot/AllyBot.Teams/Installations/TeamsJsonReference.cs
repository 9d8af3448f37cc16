using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Teams.Installations;

/// <summary>Source-generated JSON for the stored <see cref="ConversationReference"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationReference))]
internal sealed partial class TeamsJsonReference : JsonSerializerContext;

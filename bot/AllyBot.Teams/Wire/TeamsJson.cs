using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllyBot.Teams.Wire;

/// <summary>Source-generated JSON for every wire type: camelCase, nulls left out, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(GraphMembersPage))]
[JsonSerializable(typeof(IReadOnlyList<ChannelAccount>))]
internal sealed partial class TeamsJson : JsonSerializerContext;

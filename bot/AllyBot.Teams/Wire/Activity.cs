using System.Text.Json;

namespace AllyBot.Teams.Wire;

/// <summary>The subset of a Bot Framework activity AllyBot reads and writes (botframework-activity.md). Unknown fields are ignored.</summary>
internal sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    /// <summary>Kept as text: receivers must not reject an activity over its timestamp (A2042).</summary>
    public string? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>The invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Invoke payload, or the data of an Adaptive Card <c>Action.Submit</c>.</summary>
    public JsonElement? Value { get; init; }

    /// <summary><c>installationUpdate</c>: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }
}

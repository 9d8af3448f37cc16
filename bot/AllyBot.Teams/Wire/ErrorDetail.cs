namespace AllyBot.Teams.Wire;

/// <summary>The inside of an <see cref="ErrorResponse"/>, e.g. code <c>BotNotInConversationRoster</c>.</summary>
internal sealed record ErrorDetail
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}

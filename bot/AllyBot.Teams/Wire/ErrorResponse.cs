namespace AllyBot.Teams.Wire;

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
internal sealed record ErrorResponse
{
    public ErrorDetail? Error { get; init; }
}

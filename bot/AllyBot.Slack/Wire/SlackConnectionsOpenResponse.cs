namespace AllyBot.Slack.Wire;

/// <summary>The answer of <c>apps.connections.open</c>: the WebSocket URL to connect to.</summary>
internal sealed record SlackConnectionsOpenResponse(bool Ok, string? Url);

namespace AllyBot.Teams.Inbound;

/// <summary>An invoke answered without persisting anything: a stale button (200 + message) or an unsupported invoke (501).</summary>
internal sealed record InvokeAnswerEvent(int StatusCode, string? Message) : TeamsEvent;

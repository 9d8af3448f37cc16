namespace AllyBot.Teams.Inbound;

/// <summary>Nothing for AllyBot to do (typing, unknown types, incomplete activities); acknowledged with 200.</summary>
internal sealed record IgnoredEvent(string Reason) : TeamsEvent;
